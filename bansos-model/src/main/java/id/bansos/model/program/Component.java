package id.bansos.model.program;

import id.bansos.model.internal.Code;
import java.util.List;

/**
 * A PKH benefit component: the category a household member qualifies under, such as a pregnant
 * woman or a child in primary school.
 *
 * <p>The set is open: the library names the national components as constants, and a district may
 * add its own with {@code Component.of("ANAK_YATIM")} without a new library release. Two components
 * are equal when their codes are equal; they order by code, not by value (values are dated
 * parameters, e.g. {@code pkh.index.SD}).
 *
 * <p>Example: {@code Component.of("SD")} returns {@link #SD}.
 */
public final class Component extends Code<Component> {
    /** Ibu hamil or nifas: a pregnant or post-partum woman. */
    public static final Component IBU_HAMIL = new Component("IBU_HAMIL");

    /** Anak usia dini: a young child (0 to {@code pkh.anak_usia_dini.max_age}) not yet in school. */
    public static final Component ANAK_USIA_DINI = new Component("ANAK_USIA_DINI");

    /** A child enrolled in primary school (sekolah dasar or equivalent). */
    public static final Component SD = new Component("SD");

    /** A child enrolled in junior secondary school (sekolah menengah pertama or equivalent). */
    public static final Component SMP = new Component("SMP");

    /** A child enrolled in senior secondary school (sekolah menengah atas or equivalent). */
    public static final Component SMA = new Component("SMA");

    /** Disabilitas berat: a person with a severe disability. */
    public static final Component DISABILITAS_BERAT = new Component("DISABILITAS_BERAT");

    /** Lanjut usia: an elderly person (from {@code pkh.lanjut_usia.min_age}). */
    public static final Component LANJUT_USIA = new Component("LANJUT_USIA");

    private static final Library<Component> LIBRARY = new Library<>(
            "component",
            Component::new,
            List.of(IBU_HAMIL, ANAK_USIA_DINI, SD, SMP, SMA, DISABILITAS_BERAT, LANJUT_USIA));

    private Component(String code) {
        super(code, "component");
    }

    /**
     * Obtains the component with this code: the library constant for a library code, otherwise a
     * district's own component.
     *
     * @param code the code, not null, of the form {@code [A-Z][A-Z0-9_]*}
     * @return the component, not null
     * @throws NullPointerException if {@code code} is null, with message {@code "component must not be null"}
     * @throws IllegalArgumentException if {@code code} is not of that form, with message
     *     {@code component must be an upper-case code [A-Z][A-Z0-9_]*, got "sd"}
     */
    public static Component of(String code) {
        return LIBRARY.of(code);
    }

    /**
     * Returns the components the library knows, in the order of the PKH rules (which breaks ties
     * between equal values): {@link #IBU_HAMIL}, {@link #ANAK_USIA_DINI}, {@link #SD}, {@link #SMP},
     * {@link #SMA}, {@link #DISABILITAS_BERAT}, {@link #LANJUT_USIA}.
     *
     * @return an unmodifiable list in that order, not null
     */
    public static List<Component> libraryCodes() {
        return LIBRARY.constants();
    }
}
