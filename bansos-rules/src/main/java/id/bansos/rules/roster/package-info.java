/**
 * Recipient rosters over time: reconciliation of two rosters (who left, joined, stayed, and why each
 * leaver left) and replacement of exits from a ranked waitlist.
 *
 * <p>Entry points: {@link id.bansos.rules.roster.Reconciler}, {@link
 * id.bansos.rules.roster.ReconciliationTable}, {@link id.bansos.rules.roster.Replacement}.
 */
package id.bansos.rules.roster;
