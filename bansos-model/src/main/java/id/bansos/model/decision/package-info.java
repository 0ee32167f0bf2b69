/**
 * Decisions and their explanation: the outcome for one household, programme and date, with the
 * component persons, and each reason's code, rule, legal basis, message arguments and the dated
 * parameter values it read.
 *
 * <p>{@link id.bansos.model.decision.ReasonCode} is an open code, like the programme and component
 * codes. A {@link id.bansos.model.decision.Decision} only ever carries masked NIKs.
 */
package id.bansos.model.decision;
