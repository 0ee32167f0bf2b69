/**
 * Batch evaluation on Apache Spark ({@code SPARK-V1}): {@link id.bansos.spark.SparkEvaluation} over a
 * {@code SparkSession}, and {@link id.bansos.spark.Main} for {@code spark-submit}.
 */
package id.bansos.spark;
