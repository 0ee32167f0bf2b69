package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" suggestion for a misspelt key, column or code: the candidate nearest to it by
 * Levenshtein distance, ignoring case. Every reader of the library (JSON keys, CSV columns, YAML
 * parameter and scenario files) asks here, each with the largest distance it accepts.
 *
 * <p>Example: {@code closest("birthDate", List.of("nik", "birth_date"), 2)} gives {@code birth_date}
 * (one edit once case is ignored); {@code closest("gender", List.of("nik", "sex"), 2)} gives nothing.
 */
public final class DidYouMean {
    private DidYouMean() {}

    /**
     * Returns the candidate nearest to a name, ignoring case ({@link Locale#ROOT}), if it is at most
     * {@code maxDistance} edits away; on a tie, the first in iteration order. The candidate is
     * returned as spelt in {@code candidates}.
     *
     * @param name the name found, not null
     * @param candidates the names allowed, not null, no null element
     * @param maxDistance the most insertions, deletions and substitutions allowed, 0 or more
     * @return the nearest candidate, or empty if none is close enough
     * @throws NullPointerException if {@code name}, {@code candidates} or a candidate is null
     * @throws IllegalArgumentException if {@code maxDistance} is negative
     */
    public static Optional<String> closest(String name, Iterable<String> candidates, int maxDistance) {
        Checks.notNull(name, "name");
        Checks.notNull(candidates, "candidates");
        if (maxDistance < 0) {
            throw new IllegalArgumentException("maxDistance must not be negative, got " + maxDistance);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = maxDistance + 1;
        for (String candidate : candidates) {
            Checks.notNull(candidate, "candidates element");
            // A length difference is a lower bound of the distance: far longer or shorter names
            // (a whole data row pasted as a key) cost nothing.
            if (Math.abs(candidate.length() - lower.length()) >= bestDistance) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The Levenshtein distance: the fewest single-character insertions, deletions and substitutions
     * that turn one text into the other, in two rows of memory.
     *
     * @param a a text, not null
     * @param b another text, not null
     * @return the distance, 0 or more
     */
    static int distance(CharSequence a, CharSequence b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
