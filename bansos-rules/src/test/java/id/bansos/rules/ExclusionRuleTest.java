package id.bansos.rules;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.Occupation;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExclusionRuleTest {
    private static final LocalDate DATE = LocalDate.of(2025, 3, 1);
    private static final LegalBasis KEPMENSOS = LegalBasis.builder()
            .instrument("Kepmensos")
            .number("79")
            .year(2025)
            .note("[S, secondary] with Permensos 3/2025: ASN, TNI, Polri and their pensioners, BUMN/BUMD employees,"
                    + " perangkat desa, certified teachers, health workers, company owners and APBN/APBD-paid"
                    + " workers are excluded (media lists)")
            .build();
    private static final LegalBasis BEFORE_2025 = LegalBasis.builder()
            .instrument("Kemensos")
            .note("[I] the same occupations are excluded before 2025; the instrument that listed them before 2025"
                    + " was not found, so no number or year is cited")
            .build();

    private static Decision sembako(Households.M... members) {
        return sembako(DATE, members);
    }

    private static Decision sembako(LocalDate date, Households.M... members) {
        return Engine.create().evaluate(household(null, members), Programs.sembako(), NationalPolicy.load(), date);
    }

    @Test
    void beforeTheYearOfKepmensos79_aDecisionCitesNoLaterInstrument() {
        // Kepmensos 79/2025 is of 2025: a decision of 2024-12-31 (or 2019) must not cite it.
        for (String date : new String[] {"2019-06-01", "2024-12-31"}) {
            Decision excluded =
                    sembako(LocalDate.parse(date), male("1980-01-01").works(Occupation.TNI));
            Decision passed = sembako(LocalDate.parse(date), male("1980-01-01"));
            assertThat(excluded.reasons().get(0).legalBasis()).as(date).isEqualTo(BEFORE_2025);
            assertThat(passed.reasons().get(0).legalBasis()).as(date).isEqualTo(BEFORE_2025);
        }
        Decision in2025 = sembako(LocalDate.of(2025, 1, 1), male("1980-01-01").works(Occupation.TNI));
        assertThat(in2025.reasons().get(0).legalBasis()).isEqualTo(KEPMENSOS);
        assertThat(Rules.exclusion().legalBasisOn(LocalDate.of(2024, 12, 31))).isEqualTo(BEFORE_2025);
        assertThat(Rules.exclusion().legalBasisOn(LocalDate.of(2025, 1, 1))).isEqualTo(KEPMENSOS);
    }

    @Test
    void excludedMember_givesTheCodeWithTheFirstSuchMemberAndOccupation() {
        Decision d = sembako(
                male("1980-01-01"),
                female("1982-01-01").works(Occupation.POLRI),
                male("1960-01-01").works(Occupation.ASN));
        assertThat(d.reasons())
                .containsExactly(Reason.builder()
                        .code(ReasonCode.EXCL_ASN_TNI_POLRI)
                        .rule("common.exclusion")
                        .legalBasis(KEPMENSOS)
                        .putArgs("member_index", "1")
                        .putArgs("occupation", "POLRI")
                        .build());
        assertThat(d.reasons().get(0).args().keySet()).containsExactly("member_index", "occupation");
    }

    @Test
    void noExcludedMember_givesTidakDikecualikanWithoutArgs() {
        Decision d = sembako(male("1980-01-01").works(Occupation.LAINNYA), female("1982-01-01"));
        assertThat(d.reasonCodes()).containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.JUMLAH_BANTUAN);
        assertThat(d.reasons().get(0))
                .isEqualTo(Reason.builder()
                        .code(ReasonCode.TIDAK_DIKECUALIKAN)
                        .rule("common.exclusion")
                        .legalBasis(KEPMENSOS)
                        .build());
    }

    @Test
    void everyGroup_givesOneReasonInPolicyOrder() {
        Decision d = sembako(
                male("1980-01-01").works(Occupation.PEKERJA_APBN_APBD),
                female("1982-01-01").works(Occupation.PERANGKAT_DESA),
                male("1990-01-01").works(Occupation.BUMN_BUMD),
                female("1991-01-01").works(Occupation.TENAGA_KESEHATAN),
                male("1950-01-01").works(Occupation.PENSIUNAN_ASN_TNI_POLRI));
        assertThat(d.reasonCodes())
                .containsExactly(
                        ReasonCode.EXCL_ASN_TNI_POLRI,
                        ReasonCode.EXCL_BUMN_BUMD,
                        ReasonCode.EXCL_PERANGKAT_DESA,
                        ReasonCode.EXCL_PENGHASILAN_TETAP);
        assertThat(d.reasons())
                .extracting(r -> r.args().get("member_index") + "/" + r.args().get("occupation"))
                .containsExactly("4/PENSIUNAN_ASN_TNI_POLRI", "2/BUMN_BUMD", "1/PERANGKAT_DESA", "0/PEKERJA_APBN_APBD");
    }

    @Test
    void deceasedExcludedMember_isSkippedForTheNextLivingOne() {
        Decision d = sembako(
                male("1980-01-01"),
                male("1950-01-01").works(Occupation.TNI).deceased(),
                female("1985-01-01").works(Occupation.ASN));
        assertThat(Policies.reason(d, ReasonCode.EXCL_ASN_TNI_POLRI).args())
                .containsEntry("member_index", "2")
                .containsEntry("occupation", "ASN");
    }

    @Test
    void rule_isSharedAndReadsNoParameters() {
        assertThat(Rules.exclusion()).isSameAs(Rules.exclusion());
        assertThat(Rules.exclusion().id()).isEqualTo("common.exclusion");
        assertThat(Rules.exclusion().parameters()).isEmpty();
        assertThat(Rules.exclusion().legalBasis()).isEqualTo(KEPMENSOS);
        assertThat(Programs.pkh().rules()).contains(Rules.exclusion());
        assertThat(Programs.sembako().rules()).contains(Rules.exclusion());
    }
}
