package id.bansos.model;

/**
 * A person's occupation as far as the exclusion rules need it (pekerjaan).
 *
 * <p>Every code but {@link #LAINNYA} marks a group that regulations exclude from social assistance
 * (Kepmensos 79/2025, Permensos 3/2025); which reason code each gives is the rules' business.
 */
public enum Occupation {
    /** Aparatur Sipil Negara, civil servant. */
    ASN,
    /** Tentara Nasional Indonesia, armed forces. */
    TNI,
    /** Kepolisian Negara Republik Indonesia, police. */
    POLRI,
    /** Pensioner of ASN, TNI or Polri. */
    PENSIUNAN_ASN_TNI_POLRI,
    /** Employee of a state- or region-owned enterprise. */
    BUMN_BUMD,
    /** Active village official. */
    PERANGKAT_DESA,
    /** Certified teacher. */
    GURU_SERTIFIKASI,
    /** Health worker. */
    TENAGA_KESEHATAN,
    /** Company owner or manager. */
    PEMILIK_USAHA,
    /** Worker paid from the national or regional budget. */
    PEKERJA_APBN_APBD,
    /** Any other occupation, none excluded. */
    LAINNYA
}
