package id.bansos.model.internal;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of valid and invalid open-code texts, shared by the code tests. */
public final class CodeGenerators {
    private static final List<Character> FIRST = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static final List<Character> REST = chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    // Lower case (including the Turkish dotless and dotted i), punctuation, space, a digit or
    // underscore in first place, and a non-ASCII capital: each makes a code invalid.
    private static final List<Character> BAD_ANYWHERE = chars("azıi-. éİ\t");
    private static final List<Character> BAD_FIRST = chars("09_");

    private CodeGenerators() {}

    /**
     * Generates texts of the form {@code [A-Z][A-Z0-9_]*}, 1 to 21 characters long.
     *
     * @return the generator
     */
    public static Gen<String> validCodes() {
        return Generate.pick(FIRST).zip(lists().of(Generate.pick(REST)).ofSizeBetween(0, 20), (first, rest) -> {
            StringBuilder sb = new StringBuilder().append(first.charValue());
            rest.forEach(sb::append);
            return sb.toString();
        });
    }

    /**
     * Generates texts that are not of the form {@code [A-Z][A-Z0-9_]*}: a valid code with a bad
     * character put in anywhere, or with a digit or underscore put in front.
     *
     * @return the generator
     */
    public static Gen<String> invalidCodes() {
        Gen<String> badAnywhere = validCodes()
                .zip(Generate.pick(BAD_ANYWHERE), integers().between(0, 21), (code, bad, at) -> {
                    int i = Math.min(at, code.length());
                    return code.substring(0, i) + bad + code.substring(i);
                });
        Gen<String> badFirst = validCodes().zip(Generate.pick(BAD_FIRST), (code, bad) -> bad + code);
        return badAnywhere.mix(badFirst);
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).collect(java.util.stream.Collectors.toUnmodifiableList());
    }
}
