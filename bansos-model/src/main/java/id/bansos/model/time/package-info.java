/**
 * Periods of the programmes' calendars, such as {@link id.bansos.model.time.Tahap}, the quarterly
 * PKH payment stage.
 *
 * <p>Nothing here reads a clock or the default time zone: every date is an argument.
 */
package id.bansos.model.time;
