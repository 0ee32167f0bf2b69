/**
 * Money: {@link id.bansos.model.money.Rupiah}, whole Indonesian Rupiah held in a {@code long}.
 *
 * <p>There is no floating point and no fraction of a Rupiah: every division names its {@link
 * java.math.RoundingMode}, and arithmetic that would overflow throws {@link ArithmeticException}.
 */
package id.bansos.model.money;
