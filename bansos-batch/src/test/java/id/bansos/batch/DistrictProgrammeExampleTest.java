package id.bansos.batch;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Occupation;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.MissingParameterException;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import id.bansos.rules.Engine;
import id.bansos.rules.LansiaDaerahRule;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.Policies;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LANSIA_DAERAH example of docs/district-programme.md, end to end. */
class DistrictProgrammeExampleTest {
    static final ProgramDefinition LANSIA_DAERAH = LansiaDaerahRule.PROGRAM;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(DistrictProgrammeExampleTest.class.getResource(name).toURI());
    }

    private static ParameterSet parameters() throws URISyntaxException {
        return PolicyFiles.layered(
                List.of(Programs.pkh(), Programs.sembako(), LANSIA_DAERAH),
                List.of(resource("district/lansia-daerah.yaml")));
    }

    @Test
    void twoElderlyMembers_receiveTheAllowanceEach() throws URISyntaxException {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1984-01-01"), female("1958-05-01"), male("1944-01-01")),
                        LANSIA_DAERAH,
                        parameters(),
                        LocalDate.of(2024, 6, 1));
        assertThat(d.eligible()).isTrue();
        assertThat(d.program()).isEqualTo(Program.of("LANSIA_DAERAH"));
        // Two members aged 66 and 80: 2 × 1.200.000 = 2.400.000 a year, 200.000 a month.
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(2_400_000));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(200_000));
        assertThat(d.components()).extracting(ComponentAward::memberIndex).containsExactly(1, 2);
        assertThat(d.reasonCodes()).containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.MEMENUHI_KOMPONEN);
        assertThat(Policies.reason(d, ReasonCode.MEMENUHI_KOMPONEN).parameters())
                .containsExactly(
                        ParameterUse.of("lansia_daerah.min_age", "65", LocalDate.of(2024, 1, 1)),
                        ParameterUse.of("lansia_daerah.annual_amount", "1200000", LocalDate.of(2024, 1, 1)));
        assertThat(Policies.reason(d, ReasonCode.MEMENUHI_KOMPONEN).rule()).isEqualTo("lansia_daerah.lansia");
    }

    @Test
    void noElderlyMember_givesTheDistrictsOwnCode() throws URISyntaxException {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1984-01-01"), female("1960-06-02")),
                        LANSIA_DAERAH,
                        parameters(),
                        LocalDate.of(2024, 6, 1));
        assertThat(d.eligible()).isFalse();
        assertThat(d.reasonCodes()).containsExactly(ReasonCode.TIDAK_DIKECUALIKAN, ReasonCode.of("TIDAK_ADA_LANSIA"));
        assertThat(d.primaryReason()).hasValue(ReasonCode.of("TIDAK_ADA_LANSIA"));
        MessageRenderer en = MessageRenderer.forLocale(Locale.ENGLISH)
                .withTexts(Map.of(ReasonCode.of("TIDAK_ADA_LANSIA"), "No member is {min_age} or older."));
        assertThat(en.render(d.reasons().get(1))).isEqualTo("No member is 65 or older.");
        assertThat(MessageRenderer.forLocale(Locale.ENGLISH).render(d.reasons().get(1)))
                .isEqualTo("TIDAK_ADA_LANSIA (min_age=65)");
    }

    @Test
    void theLibraryRules_applyToTheDistrictProgramme() throws URISyntaxException {
        Decision excluded = Engine.create()
                .evaluate(
                        household(null, male("1950-01-01").works(Occupation.PENSIUNAN_ASN_TNI_POLRI)),
                        LANSIA_DAERAH,
                        parameters(),
                        LocalDate.of(2024, 6, 1));
        assertThat(excluded.reasonCodes()).containsExactly(ReasonCode.EXCL_ASN_TNI_POLRI, ReasonCode.MEMENUHI_KOMPONEN);
        assertThat(excluded.annualAmount()).isEqualTo(Rupiah.ZERO);
        Decision deceased = Engine.create()
                .evaluate(
                        household(null, male("1950-01-01").deceased()),
                        LANSIA_DAERAH,
                        parameters(),
                        LocalDate.of(2024, 6, 1));
        assertThat(deceased.reasonCodes()).containsExactly(ReasonCode.MENINGGAL);
        assertThat(deceased.reasons().get(0).rule()).isEqualTo("lansia_daerah.meninggal");
    }

    @Test
    void beforeTheDistrictsFirstDate_theKeyIsMissing() throws URISyntaxException {
        ParameterSet set = parameters();
        assertThatThrownBy(() -> Engine.create()
                        .evaluate(household(null, male("1950-01-01")), LANSIA_DAERAH, set, LocalDate.of(2023, 12, 31)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage("parameter lansia_daerah.min_age has no value on 2023-12-31 (its first value is from"
                        + " 2024-01-01)");
    }

    @Test
    void theNationalProgrammes_stillDecideWithTheLayeredSet() throws URISyntaxException {
        Decision d = Engine.create()
                .evaluate(
                        household(null, male("1984-01-01")),
                        Programs.sembako(),
                        parameters(),
                        LocalDate.of(2024, 6, 1));
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(200_000));
    }
}
