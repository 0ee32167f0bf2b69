package id.bansos.programs;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.bansos.io.InputException;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.Household;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.id.RegionCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Program;
import id.bansos.rules.Engine;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class ProgramFileTest {
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 1);
    private static final RegionCode LOMBOK_UTARA = RegionCode.parse("52.08.01.2001");

    private static final ProgramFile LANSIA = ProgramFile.read(resource("lansia-daerah.yaml"));
    private static final ProgramFile OTHERS = ProgramFile.read(resource("schedules.yaml"));

    static Path resource(String name) {
        try {
            return Path.of(Objects.requireNonNull(ProgramFileTest.class.getResource(name))
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Decision decide(ProgramFile file, String code, Household h, LocalDate date) {
        ProgramDefinition program = file.find(code).orElseThrow();
        return Engine.create().evaluate(h, program, file.layeredOver(NationalPolicy.load()), date);
    }

    private static Household in(RegionCode region, Household h, String... receives) {
        Household.Builder b = Household.builder().from(h).region(region);
        for (String r : receives) {
            b.addReceives(Program.of(r));
        }
        return b.build();
    }

    private static List<String> codes(Decision d) {
        return d.reasons().stream().map(r -> r.code().code()).toList();
    }

    private static Reason reason(Decision d, String code) {
        return d.reasons().stream()
                .filter(r -> r.code().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void specExample_twoElders_getTwiceThePerPersonAmountMonthly() {
        // Heads born 1954-01-01 (70 on 2024-03-01) and 1956-02-01 (68); a son of 23.
        Household h = in(LOMBOK_UTARA, household(null, male("1954-01-01"), female("1956-02-01"), male("2000-05-05")));

        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);

        // min(2, 2) × 150.000 = 300.000 a month; × 12 = 3.600.000 a year.
        assertThat(d.eligible()).isTrue();
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(300_000));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(3_600_000));
        assertThat(codes(d)).containsExactly("TIDAK_DIKECUALIKAN", "MEMENUHI_SYARAT", "JUMLAH_BANTUAN");
        Reason amount = reason(d, "JUMLAH_BANTUAN");
        assertThat(amount.rule()).isEqualTo("lansia_daerah.amount");
        assertThat(amount.args())
                .containsEntry("annual_amount", "3600000")
                .containsEntry("amount_per_payment", "300000")
                .containsEntry("schedule", "MONTHLY")
                .containsEntry("month", "3");
        assertThat(amount.parameters())
                .extracting(ParameterUse::key)
                .containsExactly("lansia_daerah.min_age", "lansia_daerah.per_person");
        assertThat(amount.legalBasis().instrument()).isEqualTo("Perbup");
        assertThat(amount.legalBasis().number()).contains("7");
        assertThat(reason(d, "MEMENUHI_SYARAT").rule()).isEqualTo("lansia_daerah.requires");
    }

    @Test
    void amount_isCappedAtTwoPersons() {
        Household h = in(LOMBOK_UTARA, household(null, male("1950-01-01"), female("1952-01-01"), female("1930-01-01")));

        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);

        // Three members 65 or older, math.least(2, 3) = 2: 2 × 150.000.
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(300_000));
    }

    @Test
    void deceasedElder_doesNotCount() {
        Household h = in(
                LOMBOK_UTARA,
                household(null, male("1980-01-01"), female("1940-01-01").deceased()));

        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);

        assertThat(d.eligible()).isFalse();
        assertThat(codes(d)).containsExactly("TIDAK_DIKECUALIKAN", "TIDAK_ADA_LANSIA");
    }

    @Test
    void everyFailingRequirement_isAReason_withItsRuleIdAndTheParametersItRead() {
        // Outside Lombok Utara, nobody 65 or older, already in PKH: all three requirements fail.
        Household h = in(RegionCode.parse("32.73.01.1001"), household(null, male("1980-01-01")), "PKH");

        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);

        assertThat(d.eligible()).isFalse();
        assertThat(d.annualAmount()).isEqualTo(Rupiah.ZERO);
        assertThat(codes(d))
                .containsExactly("TIDAK_DIKECUALIKAN", "DI_LUAR_WILAYAH", "TIDAK_ADA_LANSIA", "SUDAH_MENERIMA_PKH");
        assertThat(d.reasons().subList(1, 4))
                .extracting(Reason::rule)
                .containsExactly("lansia_daerah.requires.1", "lansia_daerah.requires.2", "lansia_daerah.requires.3");
        assertThat(reason(d, "DI_LUAR_WILAYAH").parameters()).isEmpty();
        ParameterUse minAge = reason(d, "TIDAK_ADA_LANSIA").parameters().get(0);
        assertThat(minAge.key()).isEqualTo("lansia_daerah.min_age");
        assertThat(minAge.value()).isEqualTo("65");
        assertThat(minAge.effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(reason(d, "SUDAH_MENERIMA_PKH").legalBasis().article()).contains("4");
    }

    @Test
    void region_reachesCelDotted_whenGivenAsTenDigits() {
        Household h = in(RegionCode.parse("5208012001"), household(null, male("1950-01-01")));

        assertThat(decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024).eligible()).isTrue();
    }

    @Test
    void everyField_reachesCel_asTheSpecSays_andHasFollowsProto3() {
        // Head: a woman born 1990-05-05, pregnant: 33 on 2024-03-01 (her birthday is in May).
        // Child: a boy born 2015-01-01 in SD: 9. Desil 3, no income, receives PKH.
        Household h = in(
                LOMBOK_UTARA,
                household(3, female("1990-05-05").pregnant(), male("2015-01-01").school(SchoolLevel.SD)),
                "PKH");
        String rule = "\"household.id == 'KEL-001' && household.region == '52.08.01.2001'"
                + " && household.desil == 3 && household.has_desil && household.monthly_income == 0"
                + " && !household.has_income && household.receives == ['PKH'] && as_of == '2024-03-01'"
                + " && household.members.map(m, m.age) == [33, 9]"
                + " && household.members.map(m, m.index) == [0, 1]"
                + " && household.members.map(m, m.sex) == ['FEMALE', 'MALE']"
                + " && household.members.map(m, m.relationship) == ['HEAD', 'CHILD']"
                + " && household.members.map(m, m.school_level) == ['', 'SD']"
                + " && household.members.map(m, m.occupation) == ['', '']"
                + " && household.members.map(m, m.pregnant) == [true, false]"
                + " && household.members.all(m, m.alive && !m.postpartum && !m.severe_disability)"
                + " && has(household.receives) && has(household.desil) && !has(household.monthly_income)"
                + " && !has(household.members[0].index) && has(household.members[1].index)"
                + " && !has(household.members[0].school_level) && has(household.members[1].school_level)\"";
        ProgramFile file = ProgramFile.read(new StringReader(oneRule(rule)), "fields.yaml");

        Decision d = decide(file, "SALAH", h, MARCH_2024);

        assertThat(codes(d)).containsExactly("MEMENUHI_SYARAT", "JUMLAH_BANTUAN");
        Household none = in(LOMBOK_UTARA, household(null, male("2015-01-01")));
        ProgramFile empty = ProgramFile.read(new StringReader(oneRule("\"has(household.receives)\"")), "has.yaml");
        assertThat(codes(decide(empty, "SALAH", none, MARCH_2024))).containsExactly("CONTOH");
    }

    @Test
    void allDeceased_stopsAtCommonDeceased_citingTheProgrammesBasis() {
        Household h = in(LOMBOK_UTARA, household(null, male("1940-01-01").deceased()));

        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);

        assertThat(codes(d)).containsExactly("MENINGGAL");
        assertThat(d.reasons().get(0).rule()).isEqualTo("common.deceased");
        assertThat(d.reasons().get(0).legalBasis().instrument()).isEqualTo("Perbup");
    }

    @Test
    void complementary_kubeGoesToPkhFamiliesInTheNationalDesilTarget() {
        LocalDate june2025 = LocalDate.of(2025, 6, 1);
        Household inPkh = in(LOMBOK_UTARA, household(3, male("1980-01-01")), "PKH", "PIP");

        Decision d = decide(OTHERS, "KUBE", inPkh, june2025);

        // ONCE: the grant is paid once, annual = 1 × 2.000.000.
        assertThat(d.eligible()).isTrue();
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(2_000_000));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(2_000_000));
        assertThat(reason(d, "JUMLAH_BANTUAN").args()).containsEntry("schedule", "ONCE");
    }

    @Test
    void complementary_notInPkhAndAboveTheNationalTarget_givesBothReasons() {
        LocalDate june2025 = LocalDate.of(2025, 6, 1);
        Household h = in(LOMBOK_UTARA, household(5, male("1980-01-01")), "SEMBAKO");

        Decision d = decide(OTHERS, "KUBE", h, june2025);

        assertThat(codes(d)).containsExactly("TIDAK_DIKECUALIKAN", "BUKAN_PESERTA_PKH", "DESIL_TERLALU_TINGGI");
        // The national pkh.target_desil_max is 4 from 2025-04-01 (POLICY-V2).
        ParameterUse max = reason(d, "DESIL_TERLALU_TINGGI").parameters().get(0);
        assertThat(max.key()).isEqualTo("pkh.target_desil_max");
        assertThat(max.value()).isEqualTo("4");
        assertThat(max.effectiveFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void tahap_annualIsFourTimesThePayment_andNamesTheTahap() {
        Household h = household(null, male("1980-01-01"), female("1982-01-01"), male("2010-01-01"));

        Decision d = decide(OTHERS, "UANG_TAHAP", h, LocalDate.of(2024, 5, 15));

        // 3 members × 100.000 = 300.000 per tahap; × 4 = 1.200.000; 15 May is in tahap II.
        assertThat(d.amountPerPayment()).isEqualTo(Rupiah.of(300_000));
        assertThat(d.annualAmount()).isEqualTo(Rupiah.of(1_200_000));
        assertThat(reason(d, "JUMLAH_BANTUAN").args())
                .containsEntry("schedule", "TAHAP")
                .containsEntry("tahap", "2");
        // No requirement at all: MEMENUHI_SYARAT still says why yes.
        assertThat(codes(d)).containsExactly("MEMENUHI_SYARAT", "JUMLAH_BANTUAN");
    }

    @Test
    void yearly_annualEqualsThePayment_andAnIncomeOfZeroCountsAsGiven() {
        Household zero = Household.builder()
                .from(household(null, male("1980-01-01")))
                .monthlyIncome(Rupiah.ZERO)
                .build();
        Household rich = Household.builder()
                .from(household(null, male("1980-01-01")))
                .monthlyIncome(Rupiah.of(500_000))
                .build();

        Decision yes = decide(OTHERS, "UANG_TAHUNAN", zero, MARCH_2024);
        Decision no = decide(OTHERS, "UANG_TAHUNAN", rich, MARCH_2024);

        assertThat(yes.amountPerPayment()).isEqualTo(Rupiah.of(750_000));
        assertThat(yes.annualAmount()).isEqualTo(Rupiah.of(750_000));
        assertThat(codes(no)).containsExactly("TANPA_PENGHASILAN");
    }

    @Test
    void districtFile_layersOverTheProgrammesOwnParameters() {
        ParameterSet district = ParameterFileReader.forKeys(NationalPolicy.parameterTypes(LANSIA.programs()))
                .read(new StringReader("""
                                schema_version: 1
                                parameters:
                                  lansia_daerah.min_age:
                                    type: integer
                                    values:
                                      - from: 2024-02-01
                                        value: 60
                                        legal_basis: {instrument: Perbup, number: "9", year: 2024}
                                """), "district.yaml");
        ParameterSet layered = district.layeredOver(LANSIA.layeredOver(NationalPolicy.load()));
        Household sixtyTwo = in(LOMBOK_UTARA, household(null, male("1961-06-01")));
        ProgramDefinition lansia = LANSIA.find("LANSIA_DAERAH").orElseThrow();

        Decision before = Engine.create().evaluate(sixtyTwo, lansia, layered, LocalDate.of(2024, 1, 15));
        Decision after = Engine.create().evaluate(sixtyTwo, lansia, layered, MARCH_2024);
        // The expressions keep one program per set of values: January again reads 65 again.
        Decision beforeAgain = Engine.create().evaluate(sixtyTwo, lansia, layered, LocalDate.of(2024, 1, 15));

        assertThat(before.eligible()).isFalse();
        assertThat(after.eligible()).isTrue();
        assertThat(after.amountPerPayment()).isEqualTo(Rupiah.of(150_000));
        assertThat(beforeAgain.eligible()).isFalse();
        assertThat(reason(beforeAgain, "TIDAK_ADA_LANSIA").parameters())
                .extracting(p -> p.key() + "=" + p.value())
                .containsExactly("lansia_daerah.min_age=65");
    }

    @Test
    void messages_comeFromTheFile_inBothLanguages() {
        Household h = in(RegionCode.parse("32.73.01.1001"), household(null, male("1950-01-01")));
        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);
        Reason outside = reason(d, "DI_LUAR_WILAYAH");

        MessageRenderer en = MessageRenderer.forLocale(Locale.ENGLISH).withTexts(LANSIA.messages(Locale.ENGLISH));
        MessageRenderer id =
                MessageRenderer.forLocale(Locale.forLanguageTag("id")).withTexts(LANSIA.messages(Locale.ROOT));

        assertThat(en.render(outside)).isEqualTo("The household does not live in Lombok Utara.");
        assertThat(id.render(outside)).isEqualTo("Keluarga tidak tinggal di Kabupaten Lombok Utara.");
        assertThat(LANSIA.name("LANSIA_DAERAH", Locale.ENGLISH)).contains("District elderly allowance");
    }

    @Test
    void positiveReason_rendersTheProgrammeCode() {
        Household h = in(LOMBOK_UTARA, household(null, male("1950-01-01")));
        Decision d = decide(LANSIA, "LANSIA_DAERAH", h, MARCH_2024);

        assertThat(MessageRenderer.forLocale(Locale.ENGLISH).render(reason(d, "MEMENUHI_SYARAT")))
                .isEqualTo("The household meets every requirement of LANSIA_DAERAH.");
    }

    private static String oneRule(String rule) {
        return """
                schema_version: 1
                programs:
                  - code: SALAH
                    name: {id: Salah, en: Wrong}
                    legal_basis: {instrument: Perbup}
                    payment_schedule: MONTHLY
                    requires:
                      - code: CONTOH
                        rule: %s
                        message: {id: Contoh., en: Example.}
                    amount_per_payment: "1"
                """.formatted(rule);
    }

    private static InputException error(String text) {
        try {
            ProgramFile.read(new StringReader(text), "salah.yaml");
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no error");
    }

    @Test
    void unknownField_isATypeCheckError_atItsLineAndColumn() {
        // Line 9: 8 spaces, `rule: "` puts the expression at column 16; the '.' before
        // desil_x is its 10th character, so column 25 of the file.
        InputException e = error(oneRule("\"household.desil_x >= 1\""));

        assertThat(e.getMessage())
                .isEqualTo("salah.yaml:9:25: SALAH: requires[1].rule: undefined field 'desil_x'"
                        + " (column 10 of the expression) in: household.desil_x >= 1");
    }

    @Test
    void typeMismatch_isATypeCheckError() {
        InputException e = error(oneRule("\"household.desil + 'a' == 1\""));

        // '+' is the 17th character: column 16 + 16 = 32.
        assertThat(e.line()).hasValue(9);
        assertThat(e.column()).hasValue(32);
        assertThat(e.detail()).contains("found no matching overload for '_+_' applied to '(int, string)'");
    }

    @Test
    void unknownParameter_isAnError_withASuggestion() {
        InputException e = error(oneRule("\"household.desil <= param('pkh.target_desil_maks')\""));

        // The key's literal starts at character 26: column 16 + 25 = 41.
        assertThat(e.column()).hasValue(41);
        assertThat(e.detail())
                .startsWith("requires[1].rule: unknown parameter 'pkh.target_desil_maks'; did you mean"
                        + " 'pkh.target_desil_max'?");
    }

    @Test
    void paramOfAnotherType_isATypeCheckError_namingTheParametersType() {
        // pkh.target_desil_max is an integer: a text field compared with it cannot be true, and
        // is refused when the file is read (it used to be found only per household).
        InputException e = error(oneRule("\"household.region >= param('pkh.target_desil_max')\""));

        // '>=' is the 18th character: column 16 + 17 = 33.
        assertThat(e.line()).hasValue(9);
        assertThat(e.column()).hasValue(33);
        assertThat(e.detail())
                .contains("found no matching overload for '_>=_' applied to '(string, int)'")
                .contains("(param('pkh.target_desil_max') is an int)");
    }

    @Test
    void equalityWithAParamOfAnotherType_isATypeCheckError() {
        // Before the check knew param's type, this was simply false for every household.
        InputException e = error(oneRule("\"household.region == param('pkh.target_desil_max')\""));

        assertThat(e.column()).hasValue(33);
        assertThat(e.detail()).contains("'_==_' applied to '(string, int)'");
    }

    @Test
    void paramOfItsOwnType_checks_andReadsTheValueOnTheDate() {
        // pkh.target_desil_max is 4 from 2025-04-01 (POLICY-V2): desil 4 is in, desil 5 is out.
        ProgramFile file = ProgramFile.read(
                new StringReader(
                        oneRule("\"household.has_desil && household.desil <= param('pkh.target_desil_max')\"")),
                "benar.yaml");
        Household four = household(4, male("1980-01-01"));
        Household five = household(5, male("1980-01-01"));

        LocalDate june2025 = LocalDate.of(2025, 6, 1);
        assertThat(decide(file, "SALAH", four, june2025).eligible()).isTrue();
        Decision out = decide(file, "SALAH", five, june2025);
        assertThat(out.eligible()).isFalse();
        assertThat(reason(out, "CONTOH").parameters())
                .extracting(p -> p.key() + "=" + p.value())
                .containsExactly("pkh.target_desil_max=4");
    }

    @Test
    void requirementThatIsNotABool_isAnError() {
        InputException e = error(oneRule("\"household.desil\""));

        assertThat(e.detail()).contains("must give a bool (true or false), but gives int");
    }

    @Test
    void syntaxError_isAnError() {
        InputException e = error(oneRule("\"household.members.exists(m, \""));

        assertThat(e.line()).hasValue(9);
        assertThat(e.detail()).startsWith("requires[1].rule: ");
    }

    @Test
    void blockScalar_errorPointsAtTheLineAndColumnInTheFile() {
        InputException e = error(oneRule("|\n          household.members.exists(m,\n            m.agee >= 65)"));

        // The block starts on line 10 at column 11; its second line is line 11, whose '.' after m
        // is the 4th character of the expression's line: column 10 + 4 = 14.
        assertThat(e.line()).hasValue(11);
        assertThat(e.column()).hasValue(14);
        assertThat(e.detail()).contains("undefined field 'agee'");
    }

    @Test
    void amountThatIsAText_isAnError() {
        String text = oneRule("\"true\"").replace("amount_per_payment: \"1\"", "amount_per_payment: \"'satu'\"");

        assertThat(error(text).detail())
                .contains("amount_per_payment: must give an int (whole Rupiah), but gives string");
    }

    @Test
    void nationalCode_isRefused() {
        String text = oneRule("\"true\"").replace("code: SALAH", "code: PKH");

        assertThat(error(text).detail()).startsWith("code must not be PKH");
    }

    @Test
    void libraryReasonCode_isRefusedForARequirement() {
        String text = oneRule("\"true\"").replace("code: CONTOH", "code: TIDAK_DIKECUALIKAN");

        assertThat(error(text).detail()).contains("must be a code of the programme's own");
    }

    @Test
    void unknownUses_namesTheRulesOnOffer() {
        String text = oneRule("\"true\"")
                .replace("payment_schedule: MONTHLY", "payment_schedule: MONTHLY\n    uses: [pkh.desil]");

        assertThat(error(text).detail())
                .isEqualTo(
                        "uses: unknown rule \"pkh.desil\"; a programme file may use common.deceased, common.exclusion");
    }

    @Test
    void expressionOver4KiB_isRefused() {
        String longRule = "\"" + "true && ".repeat(520) + "true\"";

        assertThat(error(oneRule(longRule)).detail()).contains("must be at most 4096 bytes long, got 4164");
    }

    @Test
    void moreThan100Expressions_isRefused() {
        StringBuilder sb = new StringBuilder("schema_version: 1\nprograms:\n");
        for (int i = 0; i < 51; i++) {
            sb.append("  - code: P")
                    .append(i)
                    .append('\n')
                    .append("    name: {id: P, en: P}\n")
                    .append("    legal_basis: {instrument: Perbup}\n")
                    .append("    payment_schedule: ONCE\n")
                    .append("    requires: []\n")
                    .append("    amount_per_payment: \"1\"\n");
            if (i < 50) {
                sb.append("    # two expressions per programme with the one below\n");
            }
        }
        // 51 programmes with one expression each is allowed; add a requirement to each to pass 100.
        String text =
                sb.toString().replace("requires: []", "requires: [{code: X, rule: \"true\", message: {id: x, en: x}}]");

        assertThat(error(text).detail()).isEqualTo("a programme file may hold at most 100 expressions");
    }

    @Test
    void combine_keepsFileOrderAndTheProgrammesOfEachFile() {
        ProgramFile both = ProgramFile.combine(List.of(LANSIA, OTHERS));

        // lansia-daerah.yaml holds LANSIA_DAERAH; schedules.yaml KUBE, UANG_TAHAP, UANG_TAHUNAN.
        assertThat(both.programs())
                .extracting(p -> p.program().code())
                .containsExactly("LANSIA_DAERAH", "KUBE", "UANG_TAHAP", "UANG_TAHUNAN");
        assertThat(both.parameters().keys()).contains("lansia_daerah.min_age", "lansia_daerah.per_person");
        assertThat(ProgramFile.readAll(List.of(resource("lansia-daerah.yaml"), resource("schedules.yaml")))
                        .programs())
                .extracting(p -> p.program().code())
                .containsExactly("LANSIA_DAERAH", "KUBE", "UANG_TAHAP", "UANG_TAHUNAN");
    }

    @Test
    void combine_refusesAProgrammeDefinedInAnEarlierFile_namingTheLaterFile() throws Exception {
        ProgramFile again;
        try (Reader in = Files.newBufferedReader(resource("lansia-daerah.yaml"))) {
            again = ProgramFile.read(in, "lagi.yaml");
        }
        List<ProgramFile> twice = List.of(LANSIA, again);

        InputException e = catchThrowableOfType(InputException.class, () -> ProgramFile.combine(twice));

        assertThat(e.source()).isEqualTo("lagi.yaml");
        assertThat(e.field()).contains("LANSIA_DAERAH");
        assertThat(e.detail()).isEqualTo("the programme is defined in an earlier file too");
    }
}
