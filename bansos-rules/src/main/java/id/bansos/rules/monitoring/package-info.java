/**
 * Monitoring: reproducible random samples of households for home visits, and the sample size for a
 * target margin of error.
 */
package id.bansos.rules.monitoring;
