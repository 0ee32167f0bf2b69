package id.bansos.model;

/** A person's sex as recorded by Dukcapil; the NIK encodes it (day of birth + 40 for women). */
public enum Sex {
    /** Laki-laki ({@code L} in Indonesian rosters). */
    MALE,
    /** Perempuan ({@code P} in Indonesian rosters). */
    FEMALE
}
