package id.bansos.rules.internal;

import id.bansos.model.decision.LegalBasis;
import java.time.LocalDate;

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
            .provenance("[S] Peraturan Menteri Sosial tentang Program Keluarga Harapan")
            .build();

    /** Deceased members of a PKH family take no part. */
    public static final LegalBasis PKH_DECEASED = LegalBasis.builder()
            .from(PKH)
            .provenance("[S] PKH benefits go to living family members; [P] deceased members take no part in any rule,"
                    + " and a family with no living member is not eligible")
            .build();

    /** PKH components and the one-component-per-person choice. */
    public static final LegalBasis PKH_COMPONENT = LegalBasis.builder()
            .from(PKH)
            .provenance("[S] PKH components: pregnant or post-partum women, young children, children in SD, SMP, SMA,"
                    + " severe disability, elderly; the pregnancy component up to the second pregnancy"
                    + " (Antara, Jul 2021); [P] a member qualifies for every component that applies and is paid"
                    + " for at most one")
            .build();

    /** The cap of four component persons and the per-component limits. */
    public static final LegalBasis PKH_CAP = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance("[S, secondary] at most four component persons per family; at most 2 young children, 1"
                    + " elderly person and 1 person with a severe disability (Antara, Jul 2021); [P] the"
                    + " assignment that pays the most is chosen, then the one paying more members, then member"
                    + " order (POLICY-V2 rule 6)")
            .build();

    /**
     * PKH amounts: index per year, a quarter per tahap (a twelfth per month on the 2020 monthly
     * schedule), the 2019 fixed benefit in tahap I.
     */
    public static final LegalBasis PKH_AMOUNT = LegalBasis.builder()
            .from(PKH)
            .provenance("[S] paid in four tahap a year, a quarter of the yearly index each, and monthly from April to"
                    + " December 2020 (Kemensos, 2 Jun 2020); the 2019 fixed benefit was paid once, in tahap I"
                    + " (Antara 2019); [P] a quarter or a twelfth is rounded down to the Rupiah")
            .build();

    /** Exclusion of fixed-income occupations, from 2025. */
    public static final LegalBasis EXCLUSION = LegalBasis.builder()
            .instrument("Kepmensos")
            .number("79")
            .year(2025)
            .provenance("[S, secondary] with Permensos 3/2025: ASN, TNI, Polri and their pensioners, BUMN/BUMD"
                    + " employees, perangkat desa, certified teachers, health workers, company owners and"
                    + " APBN/APBD-paid workers are excluded (media lists)")
            .build();

    /** Exclusion of fixed-income occupations before 2025: the instrument is not known. */
    public static final LegalBasis EXCLUSION_BEFORE_2025 = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance("[I] the same occupations are excluded before 2025; the instrument that listed them before 2025"
                    + " was not found, so no number or year is cited")
            .build();

    /** Desil targeting under DTSEN. */
    public static final LegalBasis DESIL = LegalBasis.builder()
            .instrument("Inpres")
            .number("4")
            .year(2025)
            .provenance("[I, secondary] DTSEN replaced DTKS from triwulan II 2025; target desil 1-4 (Kompas, May 2025)")
            .build();

    /** Program Sembako before 2021 (BPNT, then Program Sembako from 2020): the instrument is not known. */
    public static final LegalBasis SEMBAKO_BEFORE_2021 = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance(
                    "[S] BPNT, then Program Sembako from 2020, a monthly balance on the KKS card; [I] the instrument in"
                            + " force before 2021 was not found, so no number or year is cited")
            .build();

    /** Program Sembako: Permensos 5/2021. */
    public static final LegalBasis SEMBAKO = LegalBasis.builder()
            .instrument("Permensos")
            .number("5")
            .year(2021)
            .provenance("[S] Program Sembako, a monthly balance on the KKS card")
            .build();

    /** Deceased members of a Sembako family take no part. */
    public static final LegalBasis SEMBAKO_DECEASED = LegalBasis.builder()
            .from(SEMBAKO)
            .provenance("[P] deceased members take no part in any rule, and a family with no living member is not"
                    + " eligible")
            .build();

    /** Deceased members of a Sembako family take no part, before 2021. */
    public static final LegalBasis SEMBAKO_DECEASED_BEFORE_2021 = LegalBasis.builder()
            .from(SEMBAKO_BEFORE_2021)
            .provenance(
                    "[I] the instrument in force before 2021 was not found; [P] deceased members take no part in any"
                            + " rule, and a family with no living member is not eligible")
            .build();

    /** Duplicate NIK across households, from 2025. */
    public static final LegalBasis DATA_GANDA = LegalBasis.builder()
            .from(EXCLUSION)
            .provenance("[S, secondary] a duplicate NIK, or one not matched with Dukcapil, removes a recipient"
                    + " (media lists of Kepmensos 79/2025)")
            .build();

    /** Duplicate NIK across households, before 2025: the instrument is not known. */
    public static final LegalBasis DATA_GANDA_BEFORE_2025 = LegalBasis.builder()
            .instrument("Kemensos")
            .provenance(
                    "[I] a NIK in two families is not paid twice; the instrument in force before 2025 was not found,"
                            + " so no number or year is cited")
            .build();

    /**
     * Returns the basis in force on a date: {@code before} in years before {@code fromYear}, else
     * {@code from}. No reason of a decision dated D cites an instrument of a year after D's.
     *
     * @param date the decision's date, not null
     * @param before the basis before {@code fromYear}, not null
     * @param fromYear the first year of {@code from}
     * @param from the basis from {@code fromYear}, not null
     * @return the basis, not null
     */
    public static LegalBasis on(LocalDate date, LegalBasis before, int fromYear, LegalBasis from) {
        return date.getYear() < fromYear ? before : from;
    }
}
