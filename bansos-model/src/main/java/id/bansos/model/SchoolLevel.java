package id.bansos.model;

/** The school level a person is enrolled at (jenjang sekolah), each a PKH component of its own. */
public enum SchoolLevel {
    /** Sekolah Dasar, primary school (or its equivalent). */
    SD,
    /** Sekolah Menengah Pertama, lower secondary school. */
    SMP,
    /** Sekolah Menengah Atas, upper secondary school. */
    SMA
}
