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
        if (next.isPresent()
                && next.get() instanceof HouseholdRecord.Accepted a
                && !table.contains(a.household().region())) {
            InputException e = new InputException(
                    source,
                    a.line(),
                    0,
                    a.household().id(),
                    "region",
                    "region code " + a.household().region() + " is not in the region table");
            return Optional.of(new HouseholdRecord.Rejected(Reject.from(e, a.line())));
        }
        return next;
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
