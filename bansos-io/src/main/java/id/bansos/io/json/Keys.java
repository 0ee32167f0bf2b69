package id.bansos.io.json;

import id.bansos.io.DidYouMean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keys an object of the v1 format allows, in the order writers put them, with the
 * "did you mean" suggestion for a misspelt one.
 */
final class Keys {
    /** The most keys one object may have: the set of keys seen is a {@code long} bit mask. */
    private static final int MAX_KEYS = 64;

    /** Longest unknown key worth comparing; longer ones are not misspellings. */
    private static final int MAX_SUGGESTION_INPUT = 64;

    /** How far a misspelling may be from the key it was meant to be. */
    private static final int MAX_DISTANCE = 2;

    /** Keys up to this length may be one edit off, not two. */
    private static final int SHORT_KEY = 3;

    /**
     * Keys safe to repeat in a message: a word starting in lower case, like every v1 key and its
     * misspellings ({@code birthDate}, {@code kode_wilayah}). Not a number, which could be a NIK,
     * nor a capitalised word or text with spaces, which could be a name.
     */
    private static final Pattern SHOWABLE = Pattern.compile("[a-z_][A-Za-z0-9_]{0,63}");

    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{6}");

    private final List<String> names;
    private final Map<String, Integer> index;
    private final String[] keyArray;
    private final long required;

    private Keys(List<String> names, long required) {
        this.names = names;
        this.required = required;
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), i);
        }
        this.index = map;
        this.keyArray = names.toArray(new String[0]);
    }

    /**
     * Keys where a leading {@code *} marks a required one: {@code of("*id", "kk_number")}.
     *
     * @param specs the keys in writing order, at most 64
     * @return the key set
     */
    static Keys of(String... specs) {
        if (specs.length > MAX_KEYS) {
            throw new IllegalArgumentException("specs must hold at most 64 keys, got " + specs.length);
        }
        String[] names = new String[specs.length];
        long required = 0;
        for (int i = 0; i < specs.length; i++) {
            if (specs[i].startsWith("*")) {
                names[i] = specs[i].substring(1).intern();
                required |= 1L << i;
            } else {
                names[i] = specs[i];
            }
        }
        return new Keys(List.of(names), required);
    }

    /**
     * The position of a key.
     *
     * @param name the key
     * @return the position, or -1 if the key is not allowed
     */
    // Identity is only a fast path: a name that is equal but not the same string falls to the map.
    @SuppressWarnings("ReferenceEquality")
    int indexOf(String name) {
        // Jackson interns the key names it reads, as the constants here are: try identity first.
        for (int i = 0; i < keyArray.length; i++) {
            if (keyArray[i] == name) {
                return i;
            }
        }
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /**
     * The key at a position.
     *
     * @param i the position
     * @return the key
     */
    String name(int i) {
        return names.get(i);
    }

    /**
     * The number of keys.
     *
     * @return the number of keys allowed
     */
    int size() {
        return names.size();
    }

    /**
     * Tells whether the key at a position is required.
     *
     * @param i the position
     * @return true if required
     */
    boolean isRequired(int i) {
        return (required & (1L << i)) != 0;
    }

    /**
     * The first required key missing from a set of keys seen.
     *
     * @param seen the bit mask of keys seen
     * @return the position of the first missing required key, or -1
     */
    int firstMissing(long seen) {
        long missing = required & ~seen;
        return missing == 0 ? -1 : Long.numberOfTrailingZeros(missing);
    }

    /**
     * The message for a key that is not allowed, with a suggestion when one key is close.
     *
     * @param unknown the key found
     * @return e.g. {@code unknown key "birthdate", did you mean "birth_date"?}
     */
    String unknownKeyMessage(String unknown) {
        String suggestion = suggest(unknown);
        String message = isShowable(unknown)
                ? "unknown key \"" + unknown + "\""
                : "unknown key (not shown: it does not look like a key and could be personal data)";
        return suggestion == null ? message : message + ", did you mean \"" + suggestion + "\"?";
    }

    /**
     * The allowed key closest to a misspelt one: at most two edits away (one for a key of up to
     * three characters), ignoring case.
     *
     * @param unknown the key found
     * @return the closest key, first in writing order on a tie, or null if none is close
     */
    String suggest(String unknown) {
        if (unknown.length() > MAX_SUGGESTION_INPUT) {
            return null;
        }
        // Two edits turn any two-letter key into many others: short keys get one.
        int maxDistance = unknown.length() <= SHORT_KEY ? 1 : MAX_DISTANCE;
        return DidYouMean.closest(unknown, names, maxDistance).orElse(null);
    }

    /**
     * Tells whether a key may be repeated in a message: a plain lower-case word, not a number that
     * could be a NIK or text that could be a name.
     *
     * @param key the key
     * @return true if it may be shown
     */
    static boolean isShowable(String key) {
        return SHOWABLE.matcher(key).matches() && !DIGIT_RUN.matcher(key).find();
    }
}
