package id.bansos.io.csv;

/** The columns of a CSV roster, in the order the writer puts them, with their Indonesian aliases. */
enum CsvColumn {
    HOUSEHOLD_ID("household_id", "id_keluarga", true),
    KK_NUMBER("kk_number", "no_kk", false),
    REGION("region", "kode_wilayah", true),
    DESIL("desil", "desil", false),
    MONTHLY_INCOME("monthly_income", "penghasilan_bulanan", false),
    NIK("nik", "nik", true),
    NAME("name", "nama", false),
    SEX("sex", "jenis_kelamin", true),
    BIRTH_DATE("birth_date", "tanggal_lahir", true),
    RELATIONSHIP("relationship", "hubungan_keluarga", true),
    PREGNANT("pregnant", "hamil", false),
    POSTPARTUM("postpartum", "nifas", false),
    SCHOOL_LEVEL("school_level", "jenjang_sekolah", false),
    SEVERE_DISABILITY("severe_disability", "disabilitas_berat", false),
    OCCUPATION("occupation", "pekerjaan", false),
    DECEASED("deceased", "meninggal", false),
    PREGNANCY_ORDER("pregnancy_order", "kehamilan_ke", false),
    // Added after the v1 columns (PROGRAMS-V1), so older rosters keep their column order.
    RECEIVES("receives", "menerima", false);

    private final String english;
    private final String indonesian;
    private final boolean required;

    CsvColumn(String english, String indonesian, boolean required) {
        this.english = english;
        this.indonesian = indonesian;
        this.required = required;
    }

    /** The English header, which the writer uses. */
    String english() {
        return english;
    }

    /** The Indonesian header; the same as the English one for {@code desil} and {@code nik}. */
    String indonesian() {
        return indonesian;
    }

    /** Whether a roster must have this column. */
    boolean required() {
        return required;
    }

    /** Whether the column belongs to the household, and so must be the same on all its rows. */
    boolean householdLevel() {
        return compareTo(MONTHLY_INCOME) <= 0 || this == RECEIVES;
    }

    /** Both names, for messages: {@code sex (or jenis_kelamin)}, or just {@code nik}. */
    String describe() {
        return english.equals(indonesian) ? english : english + " (or " + indonesian + ")";
    }

    /** Finds a column by a normalized header name, English or Indonesian; null if none. */
    static CsvColumn byName(String name) {
        for (CsvColumn c : values()) {
            if (c.english.equals(name) || c.indonesian.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
