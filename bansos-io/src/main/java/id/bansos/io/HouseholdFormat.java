package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.util.Locale;

/** The file formats a roster of households can come in. */
public enum HouseholdFormat {
    /** One Household object, an array of them, or the {@code {"schema_version": 1, "households": [...]}} envelope. */
    JSON,
    /** One Household object per line ({@code .jsonl}). */
    JSONL,
    /** One row per person, household columns repeated ({@code .csv}). */
    CSV;

    /**
     * Chooses the format from a file name's extension: {@code .json}, {@code .jsonl} (or {@code .ndjson}), {@code .csv}.
     *
     * @param fileName the file name, not null
     * @return the format, not null
     * @throws IllegalArgumentException if the extension is none of these
     */
    public static HouseholdFormat fromFileName(String fileName) {
        Checks.notNull(fileName, "fileName");
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return JSONL;
        }
        if (lower.endsWith(".json")) {
            return JSON;
        }
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        throw new IllegalArgumentException(
                "file name must end in .json, .jsonl or .csv to tell its format, got \"" + fileName + "\"");
    }
}
