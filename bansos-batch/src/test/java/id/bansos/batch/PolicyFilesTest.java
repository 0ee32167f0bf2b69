package id.bansos.batch;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.InputException;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.DatedValue;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.Engine;
import id.bansos.rules.LifecycleParameters;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Policies;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyFilesTest {
    private static final ParameterSet NATIONAL = NationalPolicy.load();

    static Path resource(String name) throws URISyntaxException {
        return DistrictProgrammeExampleTest.resource(name);
    }

    /** Reads a national file from the rules jar as a district file would be read, strictly. */
    private static ParameterSet readNational(String file, List<ProgramDefinition> programs) throws IOException {
        String name = "/id/bansos/rules/policy/" + file;
        try (InputStream in = NationalPolicy.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            ParameterFileReader reader = PolicyFiles.readerFor(programs);
            return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + name);
        }
    }

    @Test
    void theCompiledNationalPolicy_equalsTheYamlFilesReadWithTheRulesDeclaredTypes() throws IOException {
        ParameterSet read = readNational("pkh.yaml", List.of(Programs.pkh()))
                .layeredOver(readNational("sembako.yaml", List.of(Programs.sembako())))
                .layeredOver(readNational("lifecycle.yaml", List.of()));
        assertThat(read.keys()).isEqualTo(NATIONAL.keys());
        for (String key : NATIONAL.keys()) {
            assertThat(read.find(key)).as(key).isEqualTo(NATIONAL.find(key));
        }
        assertThat(read).isEqualTo(NATIONAL);
        assertThat(read.version()).isEqualTo(NATIONAL.version());
        assertThat(PolicyFiles.readerFor(List.of()).declaredKeys())
                .hasSize(LifecycleParameters.all().size());
    }

    @Test
    void layered_rejectsNullFiles() {
        assertThatThrownBy(() -> PolicyFiles.layered(Programs.national(), null)).hasMessage("files must not be null");
    }

    /** Head, pregnant wife, SMA, SMP and SD children: four component persons. */
    private static Household fourComponents() {
        return household(
                null,
                male("1980-01-01"),
                female("1990-01-01").pregnant(),
                male("2007-01-01").school(SchoolLevel.SMA),
                female("2011-01-01").school(SchoolLevel.SMP),
                male("2015-01-01").school(SchoolLevel.SD));
    }

    @Test
    void aDistrictCapOfThree_changesAFourComponentFamilysAmountFromItsDate() throws URISyntaxException {
        ParameterSet district = PolicyFiles.layered(List.of(Programs.pkh()), List.of(resource("district/cap3.yaml")));
        Engine engine = Engine.create();
        LocalDate march = LocalDate.of(2024, 3, 1);

        Decision national = engine.evaluate(fourComponents(), Programs.pkh(), NATIONAL, march);
        // 3.000.000 + 2.000.000 + 1.500.000 + 900.000 = 7.400.000; per tahap 1.850.000.
        assertThat(national.annualAmount()).isEqualTo(Rupiah.of(7_400_000));
        assertThat(national.amountPerPayment()).isEqualTo(Rupiah.of(1_850_000));

        Decision capped = engine.evaluate(fourComponents(), Programs.pkh(), district, march);
        // The SD 900.000 is cut: 6.500.000 a year, 1.625.000 per tahap.
        assertThat(capped.annualAmount()).isEqualTo(Rupiah.of(6_500_000));
        assertThat(capped.amountPerPayment()).isEqualTo(Rupiah.of(1_625_000));
        assertThat(Policies.reason(capped, ReasonCode.BATAS_KOMPONEN).parameters())
                // POLICY-V2: the reason lists the district's cap and every national per-component
                // limit in force (none of them cut here: no young child, elderly or disabled member).
                .containsExactly(
                        ParameterUse.of("pkh.max_component_persons", "3", LocalDate.of(2024, 1, 1)),
                        ParameterUse.of("pkh.max_persons.ANAK_USIA_DINI", "2", LocalDate.of(2019, 1, 1)),
                        ParameterUse.of("pkh.max_persons.LANJUT_USIA", "1", LocalDate.of(2019, 1, 1)),
                        ParameterUse.of("pkh.max_persons.DISABILITAS_BERAT", "1", LocalDate.of(2019, 1, 1)));
        assertThat(capped.policyVersion()).isEqualTo(district.version()).isNotEqualTo(national.policyVersion());

        Decision before = engine.evaluate(fourComponents(), Programs.pkh(), district, LocalDate.of(2023, 12, 31));
        assertThat(before.annualAmount()).isEqualTo(Rupiah.of(7_400_000));
    }

    @Test
    void aMisspeltKeyInADistrictFile_failsWithDidYouMean() throws URISyntaxException {
        Path typo = resource("district/typo.yaml");
        assertThatThrownBy(() -> PolicyFiles.layered(List.of(Programs.pkh()), List.of(typo)))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.field()).hasValue("pkh.max_component_person");
                    assertThat(e.line()).hasValue(3);
                })
                .hasMessageEndingWith(
                        "pkh.max_component_person: unknown parameter (did you mean pkh.max_component_persons?)");
    }

    @Test
    void aDistrictKey_isUnknownUnlessItsProgrammeIsGiven() throws URISyntaxException {
        Path file = resource("district/lansia-daerah.yaml");
        assertThatThrownBy(() -> PolicyFiles.layered(List.of(Programs.pkh()), List.of(file)))
                .isInstanceOf(InputException.class)
                .hasMessageEndingWith("lansia_daerah.min_age: unknown parameter");
        ParameterSet set =
                PolicyFiles.layered(List.of(Programs.pkh(), DistrictProgrammeExampleTest.LANSIA_DAERAH), List.of(file));
        assertThat(set.get("lansia_daerah.min_age", Integer.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(65);
        assertThat(set.get("lansia_daerah.annual_amount", Rupiah.class).valueOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(Rupiah.of(1_200_000));
        assertThat(set.keys()).containsAll(NATIONAL.keys());
    }

    @Test
    void layered_withNoFiles_isTheNationalPolicy() {
        assertThat(PolicyFiles.layered(Programs.national(), List.of())).isSameAs(NATIONAL);
    }

    @Test
    void layered_appliesLaterFilesOverEarlierOnes() throws URISyntaxException {
        Path cap3 = resource("district/cap3.yaml");
        ParameterSet twice = PolicyFiles.layered(List.of(Programs.pkh()), List.of(cap3, cap3));
        assertThat(twice.get("pkh.max_component_persons", Integer.class).values())
                .extracting(DatedValue::effectiveFrom)
                .containsExactly(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 1, 1));
    }
}
