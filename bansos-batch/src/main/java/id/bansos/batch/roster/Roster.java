package id.bansos.batch.roster;

import id.bansos.batch.BatchHouseholds;
import id.bansos.batch.BornAfter;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.model.decision.Decision;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A re-readable list of households, such as a recipient roster or a registry extract: each call of
 * {@link #forEach(Consumer)} hands out the same households in the same order.
 *
 * <p>Reconciliation reads a roster more than once rather than hold it in memory. Example: {@code
 * Roster.of(List.of(h1, h2))}, or a file: {@code Roster.of(HouseholdSource.of(path),
 * ReadLimits.defaults(), rejects::add)}.
 */
@FunctionalInterface
public interface Roster {
    /**
     * Hands every household to an action, in roster order.
     *
     * @param action receives each household, not null
     * @throws IOException if the roster cannot be read
     */
    void forEach(Consumer<? super Household> action) throws IOException;

    /**
     * Hands every household to an action, in roster order, with the rules of the whole roster for its
     * decision: the function that turns the decision the programme's rules give the household into
     * the one {@code evaluate} gives it in this roster ({@code DATA_GANDA} when it shares a NIK with
     * another household, see {@link id.bansos.batch.BatchHousehold#applyBatchRules}). A roster read
     * from a file applies them; a roster held in memory, this default, has none (the function is the
     * identity).
     *
     * @param action receives each household and its whole-roster rules, not null
     * @throws NullPointerException if {@code action} is null
     * @throws IOException if the roster cannot be read
     */
    default void forEachWithBatchRules(BiConsumer<? super Household, UnaryOperator<Decision>> action)
            throws IOException {
        Checks.notNull(action, "action");
        forEach(h -> action.accept(h, UnaryOperator.identity()));
    }

    /**
     * Obtains a roster of households held by the caller.
     *
     * @param households the households, not null, no null element; read afresh on each pass
     * @return the roster, not null
     * @throws NullPointerException if {@code households} is null
     */
    static Roster of(Iterable<? extends Household> households) {
        Checks.notNull(households, "households");
        return action -> {
            for (Household h : households) {
                action.accept(Checks.notNull(h, "households element"));
            }
        };
    }

    /**
     * Obtains a roster read from a household file (JSON, JSON Lines or CSV) on each pass.
     *
     * <p>Each pass reads the file as batch evaluation does ({@link BatchHouseholds}), so a
     * household id that appears in more than one record, or a CSV household whose rows are not
     * contiguous, is rejected in each, and {@link #forEachWithBatchRules} gives each household the
     * {@code DATA_GANDA} of the file. Rejected records are left out of the roster and
     * handed to {@code rejects} during the first complete pass only, so that a file read twice
     * reports each reject once.
     *
     * @param source the file, not null, giving the same bytes on every pass
     * @param limits the per-record limits, not null
     * @param rejects receives each rejected record once, not null
     * @return the roster, not null
     * @throws NullPointerException if an argument is null
     */
    static Roster of(HouseholdSource source, ReadLimits limits, Consumer<? super Reject> rejects) {
        return read(source, limits, null, rejects);
    }

    /**
     * Obtains a roster read from a household file on each pass, for a date: as {@link
     * #of(HouseholdSource, ReadLimits, Consumer)}, and a household with a member born after {@code
     * asOf} is rejected too (see {@link BornAfter}), since it cannot be decided as of that date.
     *
     * @param source the file, not null, giving the same bytes on every pass
     * @param limits the per-record limits, not null
     * @param asOf the date the roster is decided as of, not null
     * @param rejects receives each rejected record once, not null
     * @return the roster, not null
     * @throws NullPointerException if an argument is null
     */
    static Roster of(HouseholdSource source, ReadLimits limits, LocalDate asOf, Consumer<? super Reject> rejects) {
        return read(source, limits, Checks.notNull(asOf, "asOf"), rejects);
    }

    private static Roster read(
            HouseholdSource source, ReadLimits limits, LocalDate asOf, Consumer<? super Reject> rejects) {
        Checks.notNull(source, "source");
        Checks.notNull(limits, "limits");
        Checks.notNull(rejects, "rejects");
        BatchHouseholds.Builder reading = BatchHouseholds.builder().limits(limits);
        if (asOf != null) {
            reading.asOf(asOf);
        }
        return of(source, reading.build(), rejects);
    }

    /**
     * Obtains a roster read from a household file on each pass with a reading of one's own (other
     * readers, such as a check of region codes, other limits, a date): as {@link
     * #of(HouseholdSource, ReadLimits, Consumer)}, with the rejects and the date of {@code households}.
     *
     * @param source the file, not null, giving the same bytes on every pass
     * @param households the reading, not null
     * @param rejects receives each rejected record once, not null
     * @return the roster, not null
     * @throws NullPointerException if an argument is null
     */
    static Roster of(HouseholdSource source, BatchHouseholds households, Consumer<? super Reject> rejects) {
        Checks.notNull(source, "source");
        Checks.notNull(households, "households");
        Checks.notNull(rejects, "rejects");
        AtomicBoolean reported = new AtomicBoolean();
        return new Roster() {
            @Override
            public void forEach(Consumer<? super Household> action) throws IOException {
                Checks.notNull(action, "action");
                forEachWithBatchRules((h, rules) -> action.accept(h));
            }

            @Override
            public void forEachWithBatchRules(BiConsumer<? super Household, UnaryOperator<Decision>> action)
                    throws IOException {
                Checks.notNull(action, "action");
                boolean report = !reported.get();
                households.forEach(source, h -> action.accept(h.household(), h::applyBatchRules), r -> {
                    if (report) {
                        rejects.accept(r);
                    }
                });
                reported.set(true);
            }
        };
    }
}
