package id.bansos.rules.internal;

import id.bansos.model.decision.LegalBasis;

/**
 * The legal bases of the library's rules, with honest provenance notes: {@code [S]} stated in a
 * public source, {@code [I]} the project's inference, {@code [P]} the project's modelling decision.
 */
public final class LegalBases {
    private LegalBases() {}

    /** Program Keluarga Harapan: Permensos 1/2018. */
    public static final LegalBasis PKH = LegalBasis.builder()
            .instrument("Permensos")
            .number("1")
            .year(2018)
            .note("[S] Peraturan Menteri Sosial tentang Program Keluarga Harapan")
            .build();

    /** Deceased members of a PKH family take no part. */
    public static final LegalBasis PKH_DECEASED = LegalBasis.builder()
            .from(PKH)
            .note("[S] PKH benefits go to living family members; [P] deceased members take no part in any rule,"
                    + " and a family with no living member is not eligible")
            .build();

    /** PKH components and the one-component-per-person choice. */
    public static final LegalBasis PKH_COMPONENT = LegalBasis.builder()
            .from(PKH)
            .note("[S] PKH components: pregnant or post-partum women, young children, children in SD, SMP, SMA,"
                    + " severe disability, elderly; [P] each person counts once, under the component of"
                    + " highest value")
            .build();

    /** The cap of four component persons. */
    public static final LegalBasis PKH_CAP = LegalBasis.builder()
            .instrument("Kemensos")
            .note("[S, secondary] at most four component persons per family; [P] the components of highest"
                    + " value are paid, equal values in member order")
            .build();

    /** PKH amounts: index per year, a quarter per tahap, the 2019 fixed benefit in tahap I. */
    public static final LegalBasis PKH_AMOUNT = LegalBasis.builder()
            .from(PKH)
            .note("[S] paid in four tahap a year, a quarter of the yearly index each; the 2019 fixed benefit was"
                    + " paid once, in tahap I (Antara 2019); [P] a quarter is rounded down to the Rupiah")
            .build();

    /** Exclusion of fixed-income occupations. */
    public static final LegalBasis EXCLUSION = LegalBasis.builder()
            .instrument("Kepmensos")
            .number("79")
            .year(2025)
            .note("[S, secondary] with Permensos 3/2025: ASN, TNI, Polri and their pensioners, BUMN/BUMD"
                    + " employees, perangkat desa, certified teachers, health workers, company owners and"
                    + " APBN/APBD-paid workers are excluded (media lists); [P] applied on every date")
            .build();

    /** Desil targeting under DTSEN. */
    public static final LegalBasis DESIL = LegalBasis.builder()
            .instrument("Inpres")
            .number("4")
            .year(2025)
            .note("[I, secondary] DTSEN replaced DTKS from triwulan II 2025; target desil 1-4 (Kompas, May 2025)")
            .build();

    /** Program Sembako: Permensos 5/2021. */
    public static final LegalBasis SEMBAKO = LegalBasis.builder()
            .instrument("Permensos")
            .number("5")
            .year(2021)
            .note("[S] Program Sembako, a monthly balance on the KKS card")
            .build();

    /** Deceased members of a Sembako family take no part. */
    public static final LegalBasis SEMBAKO_DECEASED = LegalBasis.builder()
            .from(SEMBAKO)
            .note("[P] deceased members take no part in any rule, and a family with no living member is not"
                    + " eligible")
            .build();

    /** Duplicate NIK across households. */
    public static final LegalBasis DATA_GANDA = LegalBasis.builder()
            .from(EXCLUSION)
            .note("[S, secondary] a duplicate NIK, or one not matched with Dukcapil, removes a recipient"
                    + " (media lists of Kepmensos 79/2025)")
            .build();
}
