package id.bansos.bench;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a generated roster held in memory with the library's readers (validation included), one
 * thread. One operation reads the whole roster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {
    /** The population size. */
    @Param("50000")
    public int households;

    /** The file format: JSONL or CSV. */
    @Param({"JSONL", "CSV"})
    public HouseholdFormat format;

    private HouseholdSource source;

    /** Creates the benchmark; JMH calls this. */
    public ReadBenchmark() {}

    /**
     * Writes the population in the format and checks that it reads back whole.
     *
     * @throws IOException never, the bytes are in memory
     * @throws IllegalStateException if a record is rejected
     */
    @Setup
    public void setUp() throws IOException {
        byte[] bytes = BenchData.encode(BenchData.households(households), format);
        source = HouseholdSource.of("bench." + format.name().toLowerCase(Locale.ROOT), format, bytes);
        long read = read();
        if (read != households) {
            throw new IllegalStateException("read " + read + " of " + households + " households");
        }
    }

    /**
     * Reads every household.
     *
     * @return the number accepted
     * @throws IOException never, the bytes are in memory
     */
    @Benchmark
    public long read() throws IOException {
        long accepted = 0;
        try (HouseholdReader reader = HouseholdReaders.open(source)) {
            for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                if (r.get() instanceof HouseholdRecord.Accepted) {
                    accepted++;
                }
            }
        }
        return accepted;
    }
}
