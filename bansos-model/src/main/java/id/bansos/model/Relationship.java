package id.bansos.model;

/** A member's relationship to the head of family, as on the family card (hubungan keluarga). */
public enum Relationship {
    /** Kepala keluarga, the head of family. */
    HEAD,
    /** Istri or suami of the head. */
    SPOUSE,
    /** Anak. */
    CHILD,
    /** Cucu. */
    GRANDCHILD,
    /** Orang tua, a parent of the head. */
    PARENT,
    /** Mertua or menantu. */
    IN_LAW,
    /** Famili lain or lainnya. */
    OTHER
}
