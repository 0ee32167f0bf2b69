package id.bansos.spark;

import org.apache.spark.sql.SparkSession;

/** The test session: {@code local[2]}, bound to 127.0.0.1, no web UI. */
final class Sessions {
    private Sessions() {}

    static SparkSession local() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("bansos-spark-test")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
