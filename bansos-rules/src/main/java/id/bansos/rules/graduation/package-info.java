/**
 * Graduation (graduasi): which enrolled families are candidates to leave a programme as of a date,
 * of which type (alamiah, mandiri, sejahtera, paksa), with reasons, legal bases and a priority flag.
 *
 * <p>Entry point: {@link id.bansos.rules.graduation.GraduationAssessor}.
 */
package id.bansos.rules.graduation;
