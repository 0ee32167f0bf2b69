package id.bansos.cli;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Masking;
import id.bansos.io.json.HouseholdWriter;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A measuring tool for the readers, not a command: reads a household file in one streaming pass and
 * prints the records, households and rejects, a hash of the households (the same households in JSON
 * Lines, JSON and CSV give the same hash), the time, households per second and the peak heap.
 *
 * <p>{@code java -Xmx256m -cp bansos-cli/target/bansos.jar id.bansos.cli.ReadCheck FILE…}; used by
 * {@code bench/read-check.sh}.
 */
public final class ReadCheck {
    private ReadCheck() {}

    /**
     * Reads each file and prints one line of figures for it.
     *
     * @param args the files
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        for (String file : args) {
            long start = System.nanoTime();
            long households = 0;
            long rejects = 0;
            Hasher hash = Hashing.sha256().newHasher();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(4096);
            HouseholdWriter writer = HouseholdWriter.of(buffer, Masking.NONE);
            try (HouseholdReader reader = HouseholdReaders.open(HouseholdSource.of(Path.of(file)))) {
                for (Optional<HouseholdRecord> r = reader.read(); r.isPresent(); r = reader.read()) {
                    if (r.get() instanceof HouseholdRecord.Accepted a) {
                        households++;
                        buffer.reset();
                        writer.write(a.household());
                        writer.flush();
                        hash.putBytes(buffer.toByteArray());
                    } else {
                        rejects++;
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println(String.format(
                    Locale.ROOT,
                    "%s records=%d households=%d rejects=%d sha256=%s seconds=%.1f households_per_second=%.0f"
                            + " peak_heap_mb=%.1f max_heap_mb=%.0f",
                    Path.of(file).getFileName(),
                    households + rejects,
                    households,
                    rejects,
                    hash.hash().toString().substring(0, 16),
                    seconds,
                    households / seconds,
                    peak / 1048576.0,
                    Runtime.getRuntime().maxMemory() / 1048576.0));
        }
    }
}
