/**
 * Programmes, PKH benefit components and enrolments.
 *
 * <p>{@link id.bansos.model.program.Program} and {@link id.bansos.model.program.Component} are open
 * codes: the library names the national ones as constants ({@code PKH}, {@code SEMBAKO};
 * {@code IBU_HAMIL} … {@code LANJUT_USIA}) and a district may use its own without a new release.
 * {@link id.bansos.model.program.Enrollment} records a household's place in a programme over time,
 * for graduation and reconciliation.
 */
package id.bansos.model.program;
