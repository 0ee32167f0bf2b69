package id.bansos.rules;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeceasedRuleTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    @Test
    void allDeceased_givesMeninggalWithTheCountAndStops() {
        Decision d = Engine.create()
                .evaluate(
                        household(
                                null,
                                male("1940-01-01").deceased(),
                                female("2015-01-01").school(SchoolLevel.SD).deceased()),
                        Programs.pkh(),
                        NationalPolicy.load(),
                        DATE);
        assertThat(d.reasons())
                .containsExactly(Reason.builder()
                        .code(ReasonCode.MENINGGAL)
                        .rule("pkh.meninggal")
                        .legalBasis(LegalBasis.builder()
                                .instrument("Permensos")
                                .number("1")
                                .year(2018)
                                .note("[S] PKH benefits go to living family members; [P] deceased members take no"
                                        + " part in any rule, and a family with no living member is not eligible")
                                .build())
                        .putArgs("members", "2")
                        .build());
        assertThat(d.eligible()).isFalse();
    }

    @Test
    void oneLivingMember_givesNoReason() {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1940-01-01").deceased(), female("1990-01-01")),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        DATE);
        assertThat(d.reasonCodes()).containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.JUMLAH_BANTUAN);
        assertThat(d.eligible()).isTrue();
    }

    @Test
    void sembako_citesPermensos5of2021() {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1940-01-01").deceased()),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        DATE);
        Reason r = d.reasons().get(0);
        assertThat(r.rule()).isEqualTo("sembako.meninggal");
        assertThat(r.legalBasis().instrument()).isEqualTo("Permensos");
        assertThat(r.legalBasis().number()).hasValue("5");
        assertThat(r.legalBasis().year()).hasValue(2021);
        assertThat(r.args()).containsEntry("members", "1");
    }

    @Test
    void sembako_before2021_citesNoInstrumentOfALaterYear() {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1940-01-01").deceased()),
                        Programs.sembako(),
                        NationalPolicy.load(),
                        LocalDate.of(2020, 12, 31));
        Reason r = d.reasons().get(0);
        assertThat(r.legalBasis().instrument()).isEqualTo("Kemensos");
        assertThat(r.legalBasis().number()).isEmpty();
        assertThat(r.legalBasis().year()).isEmpty();
        assertThat(r.legalBasis().provenance())
                .anySatisfy(e -> assertThat(e.text()).contains("instrument in force before 2021 was not found"));
    }

    @Test
    void deceasedFactory_takesAnIdAndABasis() {
        Rule rule = Rules.deceased("lansia_daerah.meninggal", Policies.PERBUP);
        assertThat(rule.id()).isEqualTo("lansia_daerah.meninggal");
        assertThat(rule.legalBasis()).isEqualTo(Policies.PERBUP);
        assertThat(rule.parameters()).isEmpty();
        assertThat(rule.description()).startsWith("Members marked deceased take no part in any rule.");
        assertThatThrownBy(() -> Rules.deceased("x..y", Policies.PERBUP))
                .hasMessage("id must be lower-case words joined by dots, got \"x..y\"");
        assertThatThrownBy(() -> Rules.deceased(null, Policies.PERBUP)).hasMessage("id must not be null");
        assertThatThrownBy(() -> Rules.deceased("x.y", null)).hasMessage("basis must not be null");
    }
}
