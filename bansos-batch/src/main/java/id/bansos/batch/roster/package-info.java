/**
 * Recipient rosters over time: reconciliation of two rosters (who left, joined, stayed, and why each
 * leaver left). Refilling places from a waitlist is {@link id.bansos.batch.Replacement}.
 *
 * <p>Entry points: {@link id.bansos.batch.roster.Reconciler}, {@link
 * id.bansos.batch.roster.ReconciliationTable}.
 */
package id.bansos.batch.roster;
