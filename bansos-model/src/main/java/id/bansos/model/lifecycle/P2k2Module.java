package id.bansos.model.lifecycle;

/**
 * The module of a P2K2 session (Pertemuan Peningkatan Kemampuan Keluarga, the family development
 * sessions of PKH), as LIFECYCLE-V2 lists them: the themes the NTB pendamping report on.
 */
public enum P2k2Module {
    /** Parenting and education (pengasuhan dan pendidikan anak). */
    PENGASUHAN_PENDIDIKAN,
    /** Health and nutrition (kesehatan dan gizi). */
    KESEHATAN_GIZI,
    /** Household economy (pengelolaan keuangan dan usaha keluarga). */
    EKONOMI,
    /** Child protection (perlindungan anak). */
    PERLINDUNGAN_ANAK,
    /** Social welfare of the elderly and persons with disabilities (kesejahteraan sosial). */
    KESEJAHTERAAN_SOSIAL
}
