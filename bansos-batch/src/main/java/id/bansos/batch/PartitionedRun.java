package id.bansos.batch;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdRecord;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import id.bansos.rules.DuplicateNik;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The steps of batch evaluation for an engine that reads a file in partitions on many machines, such
 * as {@code bansos-spark}: the same rejects, {@code DATA_GANDA} groups and summary as {@link
 * BatchEvaluator#run}, from the keys each partition emits.
 *
 * <p>Each partition reads its records with the format's reader and numbers its accepted records
 * (format-accepted, whatever else rejects them later) from 0; a household's <em>ordinal</em> is then
 * any {@code long} that orders households as the file does, such as {@code partition << 32 | index}.
 * The driver gathers the ids found in more than one record ({@link #repeatedId}) and the households
 * that share a NIK with another ({@link SharedNiks#of}); the second pass decides each household with
 * {@link SharedNiks#household} and {@link BatchEvaluator#decide(BatchHousehold)}, and counts in a
 * {@link Counts}, which the driver adds up.
 */
public final class PartitionedRun {
    private PartitionedRun() {}

    /**
     * The record a repeated household id makes of a record of the second pass: a reject naming the
     * lines of every record with that id, or the record's own reject with that sentence appended.
     *
     * @param format the file's format, not null
     * @param sourceName the file's name, not null
     * @param record the record as read, its line counted in the whole file, not null
     * @param householdId the repeated id, not null
     * @param lines the lines of every record with that id in the whole file, ascending, two or more
     * @return the rejected record, not null
     * @throws NullPointerException if an argument is null
     */
    public static HouseholdRecord.Rejected repeatedId(
            HouseholdFormat format, String sourceName, HouseholdRecord record, String householdId, long[] lines) {
        Checks.notNull(format, "format");
        Checks.notNull(sourceName, "sourceName");
        Checks.notNull(record, "record");
        Checks.notNull(householdId, "householdId");
        Checks.notNull(lines, "lines");
        return new HouseholdRecord.Rejected(BatchReader.repeatedReject(format, sourceName, record, householdId, lines));
    }

    /**
     * A household of the first pass with the NIKs it shares with some other household. Immutable.
     */
    public static final class Candidate implements Serializable {
        private static final long serialVersionUID = 1L;

        private final long ordinal;
        private final String householdId;
        private final long[] niks;

        /**
         * Creates a candidate.
         *
         * @param ordinal its ordinal, ordering households as the file does
         * @param householdId its id, not null
         * @param niks the NIKs ({@link id.bansos.model.id.Nik#asLong()}) of its members found in more
         *     than one household, each once, not null; copied
         * @throws NullPointerException if an argument is null
         */
        public Candidate(long ordinal, String householdId, long[] niks) {
            this.ordinal = ordinal;
            this.householdId = Checks.notNull(householdId, "householdId");
            this.niks = Checks.notNull(niks, "niks").clone();
        }

        /**
         * The household's ordinal.
         *
         * @return the ordinal
         */
        public long ordinal() {
            return ordinal;
        }

        /**
         * The household's id.
         *
         * @return the id, not null
         */
        public String householdId() {
            return householdId;
        }

        long[] niks() {
            return niks;
        }

        @Override
        public String toString() {
            // No NIK and no id: personal data stays out of logs.
            return "Candidate[ordinal=" + ordinal + ", niks=" + niks.length + "]";
        }
    }

    /**
     * The households that share a NIK with another, by ordinal, with the other households' ids
     * (at most {@link DuplicateNik#MAX_LISTED}, in file order) and their number: what the driver
     * sends to every partition of the second pass. Immutable.
     */
    public static final class SharedNiks implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Map<Long, Shared> byOrdinal;

        private SharedNiks(Map<Long, Shared> byOrdinal) {
            this.byOrdinal = byOrdinal;
        }

        /** The others of one household. */
        private record Shared(String householdId, List<String> others, int total) implements Serializable {}

        /**
         * Finds the groups of households sharing a NIK, as the index of {@link BatchEvaluator} does:
         * households whose id is repeated are left out, and a NIK counts when it is in two or more
         * of the others.
         *
         * @param candidates the households that hold a NIK seen in more than one household, in any
         *     order, each ordinal once, not null
         * @param repeatedId tells whether a household id is in more than one record, not null
         * @return the shared NIKs, not null
         * @throws NullPointerException if an argument is null
         */
        public static SharedNiks of(List<Candidate> candidates, Predicate<String> repeatedId) {
            Checks.notNull(candidates, "candidates");
            Checks.notNull(repeatedId, "repeatedId");
            List<Candidate> sorted = new ArrayList<>(candidates);
            sorted.sort(Comparator.comparingLong(Candidate::ordinal));
            Map<Long, Shared> byOrdinal = new HashMap<>();
            try (NikIndex index = new NikIndex(IndexMemory.inMemory())) {
                for (Candidate c : sorted) {
                    index.add(c.householdId(), c.niks());
                }
                DuplicateIndex duplicates = index.finish(repeatedId, DuplicateNik.MAX_LISTED);
                for (int i = 0; i < sorted.size(); i++) {
                    DuplicateIndex.Duplicate d = duplicates.find(i);
                    if (d != null) {
                        byOrdinal.put(sorted.get(i).ordinal(), new Shared(d.householdId(), d.others(), d.total()));
                    }
                }
            } catch (IOException e) {
                // An index in memory touches no file.
                throw new UncheckedIOException(e);
            }
            return new SharedNiks(byOrdinal);
        }

        /**
         * The number of households that share a NIK.
         *
         * @return the count, zero or more
         */
        public int households() {
            return byOrdinal.size();
        }

        /**
         * The household of the second pass, ready for {@link BatchEvaluator#decide(BatchHousehold)}.
         *
         * @param ordinal its ordinal, as in the first pass
         * @param household the household, not null
         * @param line the line of its record in the whole file
         * @return the household with the others it shares a NIK with, not null
         * @throws NullPointerException if {@code household} is null
         * @throws IllegalStateException if the first pass had another household at this ordinal
         */
        public BatchHousehold household(long ordinal, Household household, long line) {
            Checks.notNull(household, "household");
            Shared shared = byOrdinal.get(ordinal);
            if (shared == null) {
                return new BatchHousehold(household, line, List.of(), 0);
            }
            if (!shared.householdId().equals(household.id())) {
                throw new IllegalStateException("the input changed between the two passes at line " + line);
            }
            return new BatchHousehold(household, line, shared.others(), shared.total());
        }
    }

    /**
     * The counts of one partition of the second pass, added up by the driver into the {@link
     * BatchSummary} that {@link BatchEvaluator#run} gives. Serializable; not thread-safe.
     */
    public static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Tally tally = new Tally();

        /** Creates empty counts. */
        public Counts() {}

        /**
         * Counts a decided household.
         *
         * @param household the household, not null
         * @param decision its decision, not null
         */
        public void decided(Household household, Decision decision) {
            tally.decided(Checks.notNull(household, "household"), Checks.notNull(decision, "decision"));
        }

        /**
         * Counts a rejected record.
         *
         * @param reject the reject, not null
         */
        public void rejected(Reject reject) {
            Checks.notNull(reject, "reject");
            tally.rejected();
        }

        /**
         * Adds another partition's counts to these.
         *
         * @param other the counts, not null
         * @return these counts
         */
        public Counts add(Counts other) {
            tally.addAll(Checks.notNull(other, "other").tally);
            return this;
        }

        /**
         * The summary of the counts.
         *
         * @return the summary, not null
         */
        public BatchSummary summary() {
            return tally.toSummary();
        }

        /**
         * The records counted.
         *
         * @return decided plus rejected
         */
        public long records() {
            return tally.records();
        }
    }
}
