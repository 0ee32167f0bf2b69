package id.bansos.cli;

import id.bansos.io.HouseholdReader;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.InputException;
import id.bansos.io.RegionTable;
import id.bansos.io.Reject;
import java.io.IOException;
import java.util.Optional;

/** Turns households whose village is not in the region table into rejects. */
final class RegionCheckingReader implements HouseholdReader {
    private final HouseholdReader inner;
    private final RegionTable table;
    private final String source;

    RegionCheckingReader(HouseholdReader inner, RegionTable table, String source) {
        this.inner = inner;
        this.table = table;
        this.source = source;
    }

    @Override
    public Optional<HouseholdRecord> read() throws IOException {
        Optional<HouseholdRecord> next = inner.read();
        return next.isPresent() ? Optional.of(check(next.get(), table, source)) : next;
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

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
