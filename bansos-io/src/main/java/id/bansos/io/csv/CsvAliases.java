package id.bansos.io.csv;

import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.internal.Checks;
import java.util.Optional;

/**
 * The Indonesian column names and value aliases of CSV rosters (EXCHANGE-V1, {@code docs/formats.md}),
 * for readers of other forms that accept what an analyst writes in a roster: a scenario file's
 * households read {@code jenis_kelamin: P}, {@code hamil: ya} and {@code hubungan_keluarga: ISTRI}
 * as {@code sex: FEMALE}, {@code pregnant: true} and {@code relationship: SPOUSE}. The tables are the
 * CSV reader's own, not a copy. Stateless and thread-safe.
 *
 * <p>Example: {@code CsvAliases.key("tanggal_lahir")} gives {@code birth_date}; {@code
 * CsvAliases.code("sex", "L")} gives {@code MALE}.
 */
public final class CsvAliases {
    private CsvAliases() {}

    /**
     * The key of the v1 JSON form for an Indonesian CSV column name.
     *
     * @param name a key as written, not null
     * @return the JSON key ({@code id} for {@code id_keluarga}, {@code sex} for {@code
     *     jenis_kelamin}…); empty if the name is no alias, the JSON key itself included
     * @throws NullPointerException if {@code name} is null
     */
    public static Optional<String> key(String name) {
        Checks.notNull(name, "name");
        CsvColumn c = CsvColumn.byName(name);
        if (c == null || !c.indonesian().equals(name) || c.english().equals(name)) {
            return Optional.empty();
        }
        return Optional.of(c == CsvColumn.HOUSEHOLD_ID ? "id" : c.english());
    }

    /**
     * The code of the v1 JSON form for a value written as a CSV cell of a code column: {@code L}
     * and {@code P} for {@code sex}, the Indonesian relationship codes for {@code relationship}.
     *
     * @param key the JSON key, not null
     * @param value the value as written, not null
     * @return the code ({@code MALE}, {@code SPOUSE}…), empty if the key has no aliases or the CSV
     *     reader would not accept the value
     * @throws NullPointerException if an argument is null
     */
    public static Optional<String> code(String key, String value) {
        Checks.notNull(key, "key");
        Checks.notNull(value, "value");
        try {
            return switch (key) {
                case "sex" -> Optional.of(CsvValues.sex(value)).map(Sex::name);
                case "relationship" ->
                    Optional.of(CsvValues.relationship(value)).map(Relationship::name);
                default -> Optional.empty();
            };
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A boolean written as a CSV cell: {@code ya}, {@code tidak}, {@code 1}, {@code 0}, {@code
     * true}, {@code false}, in any case.
     *
     * @param value the value as written, not null
     * @return the boolean, empty for an empty value or one the CSV reader would not accept
     * @throws NullPointerException if {@code value} is null
     */
    public static Optional<Boolean> bool(String value) {
        Checks.notNull(value, "value");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CsvValues.bool(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
