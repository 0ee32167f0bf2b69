package id.bansos.model.decision;

import id.bansos.model.internal.Code;
import java.util.List;

/**
 * A stable, machine-readable reason in a {@link Decision} or on an enrolment's exit, such as
 * {@code DESIL_DI_LUAR_SASARAN}.
 *
 * <p>The set is open: the library names the codes of EXCHANGE-V1 as constants, and a district may
 * use codes of its own with {@code ReasonCode.of("TIDAK_HADIR_P2K2")} without a new library
 * release. Two reason codes are equal when their texts are equal; they order by text.
 *
 * <p>Most codes say why a household is not, or no longer, a recipient. Six say why it is:
 * {@link #TIDAK_DIKECUALIKAN}, {@link #DESIL_DALAM_SASARAN}, {@link #MEMENUHI_KOMPONEN},
 * {@link #BATAS_KOMPONEN}, {@link #JUMLAH_BANTUAN} and {@link #MEMENUHI_SYARAT} (see {@link
 * #isPositive()}).
 */
public final class ReasonCode extends Code<ReasonCode> {
    /** Every member of the household is deceased. */
    public static final ReasonCode MENINGGAL = new ReasonCode("MENINGGAL");

    /** A living member is ASN, TNI, Polri, or a pensioner of one of them. */
    public static final ReasonCode EXCL_ASN_TNI_POLRI = new ReasonCode("EXCL_ASN_TNI_POLRI");

    /** A living member works for a BUMN or BUMD (state- or region-owned enterprise). */
    public static final ReasonCode EXCL_BUMN_BUMD = new ReasonCode("EXCL_BUMN_BUMD");

    /** A living member is an active perangkat desa (village official). */
    public static final ReasonCode EXCL_PERANGKAT_DESA = new ReasonCode("EXCL_PERANGKAT_DESA");

    /**
     * A living member has a fixed income: a certified teacher, a health worker, a company owner or
     * a worker paid from the APBN or APBD.
     */
    public static final ReasonCode EXCL_PENGHASILAN_TETAP = new ReasonCode("EXCL_PENGHASILAN_TETAP");

    /** A desil test is in force and the household's desil is not known. */
    public static final ReasonCode DESIL_TIDAK_DIKETAHUI = new ReasonCode("DESIL_TIDAK_DIKETAHUI");

    /** A desil test is in force and the household's desil is above the target. */
    public static final ReasonCode DESIL_DI_LUAR_SASARAN = new ReasonCode("DESIL_DI_LUAR_SASARAN");

    /** PKH: no living member qualifies for a component. */
    public static final ReasonCode TIDAK_ADA_KOMPONEN = new ReasonCode("TIDAK_ADA_KOMPONEN");

    /** A NIK of the household appears in another household too. */
    public static final ReasonCode DATA_GANDA = new ReasonCode("DATA_GANDA");

    /** Positive: no living member has an excluded occupation. */
    public static final ReasonCode TIDAK_DIKECUALIKAN = new ReasonCode("TIDAK_DIKECUALIKAN");

    /** Positive: a desil test is in force and the household's desil is within the target. */
    public static final ReasonCode DESIL_DALAM_SASARAN = new ReasonCode("DESIL_DALAM_SASARAN");

    /** Positive, PKH: at least one living member qualifies for a component. */
    public static final ReasonCode MEMENUHI_KOMPONEN = new ReasonCode("MEMENUHI_KOMPONEN");

    /** Positive, PKH: the cap on component persons cut at least one component. */
    public static final ReasonCode BATAS_KOMPONEN = new ReasonCode("BATAS_KOMPONEN");

    /**
     * Positive: the amounts of an eligible household, with every dated value they used (POLICY-V2
     * rule 9).
     */
    public static final ReasonCode JUMLAH_BANTUAN = new ReasonCode("JUMLAH_BANTUAN");

    /**
     * Positive: every requirement of a programme file's programme holds (PROGRAMS-V1).
     */
    public static final ReasonCode MEMENUHI_SYARAT = new ReasonCode("MEMENUHI_SYARAT");

    /** Exit: graduasi alamiah, no component left or the conditions are no longer met. */
    public static final ReasonCode GRAD_ALAMIAH = new ReasonCode("GRAD_ALAMIAH");

    /** Exit: graduasi mandiri, the family chose to leave and signed a statement. */
    public static final ReasonCode GRAD_MANDIRI = new ReasonCode("GRAD_MANDIRI");

    /** Exit: graduasi sejahtera, the family was assessed as prosperous. */
    public static final ReasonCode GRAD_SEJAHTERA = new ReasonCode("GRAD_SEJAHTERA");

    /** Exit: graduasi paksa, terminated after repeated non-compliance with commitments. */
    public static final ReasonCode GRAD_PAKSA = new ReasonCode("GRAD_PAKSA");

    /** Exit: the family was found not to be poor. */
    public static final ReasonCode TIDAK_MISKIN = new ReasonCode("TIDAK_MISKIN");

    /** Exit: the family moved away. */
    public static final ReasonCode PINDAH = new ReasonCode("PINDAH");

    /** Exit: the family was not found; in reconciliation, a leaver missing from the registry. */
    public static final ReasonCode TIDAK_DITEMUKAN = new ReasonCode("TIDAK_DITEMUKAN");

    /** Exit: the family refused the assistance. */
    public static final ReasonCode MENOLAK = new ReasonCode("MENOLAK");

    /** Exit: a NIK did not match the Dukcapil population register. */
    public static final ReasonCode NIK_TIDAK_PADAN = new ReasonCode("NIK_TIDAK_PADAN");

    /** Exit: an objection (sanggah) against the family's inclusion was upheld. */
    public static final ReasonCode SANGGAH_DITERIMA = new ReasonCode("SANGGAH_DITERIMA");

    /** Exit: misuse of the assistance, e.g. for online gambling. */
    public static final ReasonCode PENYALAHGUNAAN = new ReasonCode("PENYALAHGUNAAN");

    /** Reconciliation: a leaver who is still eligible, removed although eligible (to review). */
    public static final ReasonCode MASIH_LAYAK = new ReasonCode("MASIH_LAYAK");

    private static final Library<ReasonCode> LIBRARY = new Library<>(
            "reason code",
            ReasonCode::new,
            List.of(
                    MENINGGAL,
                    EXCL_ASN_TNI_POLRI,
                    EXCL_BUMN_BUMD,
                    EXCL_PERANGKAT_DESA,
                    EXCL_PENGHASILAN_TETAP,
                    DESIL_TIDAK_DIKETAHUI,
                    DESIL_DI_LUAR_SASARAN,
                    TIDAK_ADA_KOMPONEN,
                    DATA_GANDA,
                    TIDAK_DIKECUALIKAN,
                    DESIL_DALAM_SASARAN,
                    MEMENUHI_KOMPONEN,
                    BATAS_KOMPONEN,
                    JUMLAH_BANTUAN,
                    MEMENUHI_SYARAT,
                    GRAD_ALAMIAH,
                    GRAD_MANDIRI,
                    GRAD_SEJAHTERA,
                    GRAD_PAKSA,
                    TIDAK_MISKIN,
                    PINDAH,
                    TIDAK_DITEMUKAN,
                    MENOLAK,
                    NIK_TIDAK_PADAN,
                    SANGGAH_DITERIMA,
                    PENYALAHGUNAAN,
                    MASIH_LAYAK));

    private ReasonCode(String code) {
        super(code, "reason code");
    }

    /**
     * Obtains the reason code with this text: the library constant for a library code, otherwise
     * a district's own code.
     *
     * @param code the code, not null, of the form {@code [A-Z][A-Z0-9_]*}
     * @return the reason code, not null
     * @throws NullPointerException if {@code code} is null, with message {@code "reason code must not be null"}
     * @throws IllegalArgumentException if {@code code} is not of that form, with message
     *     {@code reason code must be an upper-case code [A-Z][A-Z0-9_]*, got "pindah"}
     */
    public static ReasonCode of(String code) {
        return LIBRARY.of(code);
    }

    /**
     * Returns the reason codes the library knows, in the order of EXCHANGE-V1: the eligibility
     * rules' negative codes, their positive codes, the officers' exit codes, then
     * {@link #MASIH_LAYAK}.
     *
     * @return an unmodifiable list of the 27 library codes, not null
     */
    public static List<ReasonCode> libraryCodes() {
        return LIBRARY.constants();
    }

    /**
     * Tells whether this code says why a household is eligible rather than why it is not: true
     * only for {@link #TIDAK_DIKECUALIKAN}, {@link #DESIL_DALAM_SASARAN}, {@link #MEMENUHI_KOMPONEN},
     * {@link #BATAS_KOMPONEN}, {@link #JUMLAH_BANTUAN} and {@link #MEMENUHI_SYARAT}. A district's own
     * codes are never positive.
     *
     * @return true for the six positive library codes
     */
    // of() returns the one library constant for a library code's text, so identity is equality here.
    @SuppressWarnings("ReferenceEquality")
    public boolean isPositive() {
        // Identity is enough: of() gives the library constant for a library code's text. Every
        // reason of every decision is asked, so no set lookup.
        return this == TIDAK_DIKECUALIKAN
                || this == DESIL_DALAM_SASARAN
                || this == MEMENUHI_KOMPONEN
                || this == BATAS_KOMPONEN
                || this == JUMLAH_BANTUAN
                || this == MEMENUHI_SYARAT;
    }
}
