/**
 * Batch evaluation of whole rosters in two passes with the duplicate-NIK rule ({@code DATA_GANDA}),
 * its summary, and what-if comparisons of two parameter sets. See {@code docs/batch.md}.
 */
package id.bansos.batch;
