/**
 * Indonesian identifiers: the personal number {@link id.bansos.model.id.Nik}, the family-card number
 * {@link id.bansos.model.id.KkNumber} and the Kemendagri region code
 * {@link id.bansos.model.id.RegionCode}.
 *
 * <p>Each is a small immutable value read with {@code parse(CharSequence)} and checked for shape
 * only: whether a NIK is registered with Dukcapil, or a region code is in the current Kepmendagri
 * list, is for the caller to check against data it supplies.
 *
 * <p>NIK and KK numbers are personal data (UU 27/2022 on personal data protection): their
 * {@code toString()} is masked ({@code 520801******0001}) and no exception message contains their
 * digits. Only {@code value()} gives the full number, for storage and exchange.
 */
package id.bansos.model.id;
