/**
 * What the KPM lifecycle records besides the registry: PKH commitment checks per tahap
 * ({@link id.bansos.model.lifecycle.CommitmentRecord}) and monitoring visits
 * ({@link id.bansos.model.lifecycle.Observation}), both keyed by household id.
 *
 * <p>The rules that read them (commitment consequences, graduation assessment) are in
 * {@code bansos-rules}; their JSON Lines form is in {@code bansos-io}.
 */
package id.bansos.model.lifecycle;
