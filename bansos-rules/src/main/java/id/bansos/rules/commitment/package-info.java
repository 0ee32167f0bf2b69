/**
 * PKH commitments over time: whether each verified commitment of a tahap was met, and the
 * consequence of consecutive non-compliant tahap (warning, suspension, termination).
 *
 * <p>Entry point: {@link id.bansos.rules.commitment.CommitmentRule}.
 */
package id.bansos.rules.commitment;
