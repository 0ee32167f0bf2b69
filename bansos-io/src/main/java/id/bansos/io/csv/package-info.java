/**
 * CSV rosters: one row per person, the household columns repeated on every row of the household.
 *
 * <p>{@link id.bansos.io.csv.CsvHouseholdReader} streams households out of a roster with English or
 * Indonesian headers, {@code ,} or {@code ;} as delimiter; {@link id.bansos.io.csv.CsvHouseholdWriter}
 * writes one. The format is described in {@code docs/formats.md} ("CSV rosters").
 */
package id.bansos.io.csv;
