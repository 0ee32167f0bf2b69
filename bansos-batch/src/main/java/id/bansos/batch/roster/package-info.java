/**
 * Recipient rosters over time: reconciliation of two rosters (who left, joined, stayed, and why each
 * leaver left) and replacement of exits from a ranked waitlist.
 *
 * <p>Entry points: {@link id.bansos.batch.roster.Reconciler}, {@link
 * id.bansos.batch.roster.ReconciliationTable}, {@link id.bansos.batch.roster.Replacement}.
 */
package id.bansos.batch.roster;
