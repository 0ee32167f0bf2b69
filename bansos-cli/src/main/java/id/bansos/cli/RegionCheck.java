package id.bansos.cli;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdReaders;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.InputException;
import id.bansos.io.RegionTable;
import id.bansos.io.Reject;
import id.bansos.io.SplitReaderFactory;
import java.util.function.BiConsumer;

/** {@code --regions}: households whose village is not in the region table become rejects. */
final class RegionCheck {
    private RegionCheck() {}

    /**
     * Registers, for every format, the batch readers ({@link HouseholdReaders#openSplit}) with the
     * check on the records they parse, so that it runs where they are parsed (worker threads).
     *
     * @param table the region table
     * @param registry a builder's {@code splitReaderFactory}
     */
    static void register(RegionTable table, BiConsumer<HouseholdFormat, SplitReaderFactory> registry) {
        SplitReaderFactory readers = (s, l) -> HouseholdReaders.openSplit(s, l).mapped(r -> check(r, table, s.name()));
        for (HouseholdFormat format : HouseholdFormat.values()) {
            registry.accept(format, readers);
        }
    }

    /** Turns an accepted household whose region is not in the table into a reject; thread-safe. */
    static HouseholdRecord check(HouseholdRecord record, RegionTable table, String source) {
        if (record instanceof HouseholdRecord.Accepted a
                && !table.contains(a.household().region())) {
            InputException e = new InputException(
                    source,
                    a.line(),
                    0,
                    a.household().id(),
                    "region",
                    "region code " + a.household().region() + " is not in the region table");
            return new HouseholdRecord.Rejected(Reject.from(e, a.line()));
        }
        return record;
    }
}
