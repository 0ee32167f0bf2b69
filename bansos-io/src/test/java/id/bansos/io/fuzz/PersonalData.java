package id.bansos.io.fuzz;

import id.bansos.model.Household;
import id.bansos.model.Person;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The NIKs, KK numbers and names of a seed file, which no message about its mutants may contain. */
public final class PersonalData {
    /** Names shorter than this are not looked for: they occur inside ordinary words. */
    private static final int MIN_NAME_LENGTH = 4;

    private static final Pattern JSON_VALUE = Pattern.compile("\"(nik|kk_number|name)\":\"([^\"]+)\"");

    private final Set<String> values;

    private PersonalData(Set<String> values) {
        this.values = Set.copyOf(values);
    }

    /**
     * The personal values of households.
     *
     * @param households the seed's households
     * @return the values
     */
    public static PersonalData of(Iterable<Household> households) {
        Set<String> values = new LinkedHashSet<>();
        for (Household h : households) {
            h.kkNumber().ifPresent(kk -> values.add(kk.value()));
            for (Person p : h.members()) {
                values.add(p.nik().value());
                p.name().filter(n -> n.length() >= MIN_NAME_LENGTH).ifPresent(values::add);
            }
        }
        return new PersonalData(values);
    }

    /**
     * The personal values of a JSON or JSON Lines text ({@code nik}, {@code kk_number} and {@code
     * name} values).
     *
     * @param json the text
     * @return the values
     */
    public static PersonalData ofJson(String json) {
        Set<String> values = new LinkedHashSet<>();
        Matcher m = JSON_VALUE.matcher(json);
        while (m.find()) {
            if (m.group(2).length() >= MIN_NAME_LENGTH) {
                values.add(m.group(2));
            }
        }
        return new PersonalData(values);
    }

    /**
     * The number of values looked for.
     *
     * @return the count
     */
    public int size() {
        return values.size();
    }

    /**
     * Finds a personal value in a message, leaving out the household id the message is about (an id
     * is echoed by design, even when a mutation moved a name or NIK into the id's place).
     *
     * @param message the message
     * @param householdId the id of the record it is about, if known
     * @return the first personal value found
     */
    public Optional<String> foundIn(String message, Optional<String> householdId) {
        String text = householdId
                .filter(id -> !id.isEmpty())
                .map(id -> message.replace(id, "<id>"))
                .orElse(message);
        for (String v : values) {
            if (text.contains(v)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
