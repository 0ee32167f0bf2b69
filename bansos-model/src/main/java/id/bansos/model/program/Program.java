package id.bansos.model.program;

import id.bansos.model.internal.Code;
import java.util.List;

/**
 * A social assistance programme, identified by an upper-case code such as {@code PKH}.
 *
 * <p>The set is open: the library names the national programmes as constants, and a district may
 * decide its own programme with {@code Program.of("BANSOS_KABUPATEN")} without a new library
 * release. Two programmes are equal when their codes are equal; they order by code.
 *
 * <p>Example: {@code Program.of("PKH")} returns {@link #PKH}, and {@code Program.of("pkh")}
 * throws.
 */
public final class Program extends Code<Program> {
    /**
     * Program Keluarga Harapan, the conditional cash transfer (Permensos 1/2018).
     */
    public static final Program PKH = new Program("PKH");

    /**
     * Program Sembako (formerly BPNT), the monthly food assistance on the KKS card (Permensos 5/2021).
     */
    public static final Program SEMBAKO = new Program("SEMBAKO");

    private static final Library<Program> LIBRARY = new Library<>("program", Program::new, List.of(PKH, SEMBAKO));

    private Program(String code) {
        super(code, "program");
    }

    /**
     * Obtains the programme with this code: the library constant for {@code PKH} and
     * {@code SEMBAKO}, otherwise a district's own programme.
     *
     * @param code the code, not null, of the form {@code [A-Z][A-Z0-9_]*}
     * @return the programme, not null
     * @throws NullPointerException if {@code code} is null, with message {@code "program must not be null"}
     * @throws IllegalArgumentException if {@code code} is not of that form, with message
     *     {@code program must be an upper-case code [A-Z][A-Z0-9_]*, got "pkh"}
     */
    public static Program of(String code) {
        return LIBRARY.of(code);
    }

    /**
     * Returns the programmes the library knows: {@link #PKH}, {@link #SEMBAKO}.
     *
     * @return an unmodifiable list in that order, not null
     */
    public static List<Program> libraryCodes() {
        return LIBRARY.constants();
    }
}
