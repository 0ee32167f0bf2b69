package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Occupation;
import id.bansos.model.Relationship;
import id.bansos.model.SchoolLevel;
import id.bansos.model.Sex;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvValuesTest {
    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("L", (Function<String, ?>) CsvValues::sex, Sex.MALE),
                Arguments.of("p", (Function<String, ?>) CsvValues::sex, Sex.FEMALE),
                Arguments.of("Female", (Function<String, ?>) CsvValues::sex, Sex.FEMALE),
                Arguments.of("KEPALA_KELUARGA", (Function<String, ?>) CsvValues::relationship, Relationship.HEAD),
                Arguments.of("Kepala Keluarga", (Function<String, ?>) CsvValues::relationship, Relationship.HEAD),
                Arguments.of("istri", (Function<String, ?>) CsvValues::relationship, Relationship.SPOUSE),
                Arguments.of("SUAMI", (Function<String, ?>) CsvValues::relationship, Relationship.SPOUSE),
                Arguments.of("ANAK", (Function<String, ?>) CsvValues::relationship, Relationship.CHILD),
                Arguments.of("CUCU", (Function<String, ?>) CsvValues::relationship, Relationship.GRANDCHILD),
                Arguments.of("ORANG_TUA", (Function<String, ?>) CsvValues::relationship, Relationship.PARENT),
                Arguments.of("MERTUA", (Function<String, ?>) CsvValues::relationship, Relationship.IN_LAW),
                Arguments.of("MENANTU", (Function<String, ?>) CsvValues::relationship, Relationship.IN_LAW),
                Arguments.of("FAMILI_LAIN", (Function<String, ?>) CsvValues::relationship, Relationship.OTHER),
                Arguments.of("LAINNYA", (Function<String, ?>) CsvValues::relationship, Relationship.OTHER),
                Arguments.of("in_law", (Function<String, ?>) CsvValues::relationship, Relationship.IN_LAW),
                Arguments.of("", (Function<String, ?>) CsvValues::bool, false),
                Arguments.of("TRUE", (Function<String, ?>) CsvValues::bool, true),
                Arguments.of("Ya", (Function<String, ?>) CsvValues::bool, true),
                Arguments.of("1", (Function<String, ?>) CsvValues::bool, true),
                Arguments.of("tidak", (Function<String, ?>) CsvValues::bool, false),
                Arguments.of("0", (Function<String, ?>) CsvValues::bool, false),
                Arguments.of("False", (Function<String, ?>) CsvValues::bool, false),
                Arguments.of("", (Function<String, ?>) CsvValues::desil, OptionalInt.empty()),
                Arguments.of("10", (Function<String, ?>) CsvValues::desil, OptionalInt.of(10)),
                Arguments.of("04", (Function<String, ?>) CsvValues::desil, OptionalInt.of(4)),
                Arguments.of("0", (Function<String, ?>) CsvValues::monthlyIncome, Optional.of(Rupiah.ZERO)),
                Arguments.of("", (Function<String, ?>) CsvValues::monthlyIncome, Optional.empty()),
                Arguments.of("", (Function<String, ?>) CsvValues::receives, List.of()),
                Arguments.of(
                        "PKH|PBI_JK",
                        (Function<String, ?>) CsvValues::receives,
                        List.of(Program.PKH, Program.of("PBI_JK"))),
                Arguments.of("2000-02-29", (Function<String, ?>) CsvValues::date, LocalDate.of(2000, 2, 29)),
                Arguments.of("smp", (Function<String, ?>) CsvValues::schoolLevel, Optional.of(SchoolLevel.SMP)),
                Arguments.of("", (Function<String, ?>) CsvValues::schoolLevel, Optional.empty()),
                Arguments.of(
                        "bumn bumd", (Function<String, ?>) CsvValues::occupation, Optional.of(Occupation.BUMN_BUMD)),
                Arguments.of("  ", (Function<String, ?>) CsvValues::name, Optional.empty()),
                Arguments.of(" Siti ", (Function<String, ?>) CsvValues::name, Optional.of(" Siti ")));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("accepted")
    void parse_acceptsTheFormsOfTheFormat(String cell, Function<String, ?> parser, Object expected) {
        assertThat((Object) parser.apply(cell)).isEqualTo(expected);
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("", (Function<String, ?>) CsvValues::sex, "is required"),
                Arguments.of("M", (Function<String, ?>) CsvValues::sex, "must be MALE, FEMALE, L or P, got \"M\""),
                Arguments.of(" L", (Function<String, ?>) CsvValues::sex, "must be MALE, FEMALE, L or P, got \" L\""),
                Arguments.of("", (Function<String, ?>) CsvValues::date, "is required"),
                Arguments.of(
                        "2000-2-29",
                        (Function<String, ?>) CsvValues::date,
                        "must be a date YYYY-MM-DD, got" + " \"2000-2-29\""),
                Arguments.of(
                        "+2000-02-29",
                        (Function<String, ?>) CsvValues::date,
                        "must be a date YYYY-MM-DD, got" + " \"+2000-02-29\""),
                Arguments.of(
                        "1900-02-29",
                        (Function<String, ?>) CsvValues::date,
                        "is not a date in the calendar," + " got \"1900-02-29\""),
                Arguments.of(
                        "yes",
                        (Function<String, ?>) CsvValues::bool,
                        "must be true, false, ya, tidak, 1, 0 or" + " empty, got a value of 3 characters"),
                Arguments.of("0", (Function<String, ?>) CsvValues::desil, "must be between 1 and 10, got 0"),
                Arguments.of(
                        "100",
                        (Function<String, ?>) CsvValues::desil,
                        "must be a whole number 1-10 or empty," + " got \"100\""),
                Arguments.of(
                        "+4",
                        (Function<String, ?>) CsvValues::desil,
                        "must be a whole number 1-10 or empty," + " got \"+4\""),
                Arguments.of(
                        "-1",
                        (Function<String, ?>) CsvValues::monthlyIncome,
                        "must be a whole number of" + " Rupiah, digits only, or empty, got \"-1\""),
                Arguments.of(
                        "1234567890123456789",
                        (Function<String, ?>) CsvValues::monthlyIncome,
                        "must have at" + " most 18 digits, got 19"),
                Arguments.of(
                        "PKH|pip",
                        (Function<String, ?>) CsvValues::receives,
                        "must be programme codes [A-Z][A-Z0-9_]* separated by |, e.g. PKH|PIP, got a value of 3 characters"),
                Arguments.of(
                        "PKH||PIP",
                        (Function<String, ?>) CsvValues::receives,
                        "must be programme codes [A-Z][A-Z0-9_]* separated by |, e.g. PKH|PIP, got \"\""),
                Arguments.of(
                        "PKH|PKH",
                        (Function<String, ?>) CsvValues::receives,
                        "must not repeat a programme, got \"PKH\" twice"),
                Arguments.of("", (Function<String, ?>) CsvValues::region, "is required"),
                Arguments.of(
                        "52.08.01",
                        (Function<String, ?>) CsvValues::region,
                        "must be a village code" + " PP.KK.CC.DDDD, got \"52.08.01\""),
                Arguments.of(
                        "52.08.01.20011",
                        (Function<String, ?>) CsvValues::region,
                        "must be a village code" + " PP.KK.CC.DDDD or its 10 digits, got a value of 14 characters"),
                Arguments.of(
                        "5208011205800001",
                        (Function<String, ?>) CsvValues::region,
                        "must be a village code" + " PP.KK.CC.DDDD or its 10 digits, got a value of 16 characters"),
                Arguments.of("", (Function<String, ?>) CsvValues::nik, "is required"),
                Arguments.of(
                        "5208011205800000", (Function<String, ?>) CsvValues::nik, "NIK serial must not be" + " 0000"),
                Arguments.of(
                        "52080112058000011",
                        (Function<String, ?>) CsvValues::kkNumber,
                        "KK number must have 16" + " digits, got 17"),
                Arguments.of("", (Function<String, ?>) CsvValues::relationship, "is required"),
                Arguments.of(
                        "SMK",
                        (Function<String, ?>) CsvValues::schoolLevel,
                        "must be SD, SMP, SMA or empty," + " got a value of 3 characters"),
                Arguments.of(
                        "Kepala Keluarga",
                        (Function<String, ?>) CsvValues::schoolLevel,
                        "must be SD, SMP, SMA or empty," + " got \"Kepala Keluarga\""),
                Arguments.of(
                        "SITI AMINAH",
                        (Function<String, ?>) CsvValues::occupation,
                        "must be one of ASN, TNI, POLRI, PENSIUNAN_ASN_TNI_POLRI, BUMN_BUMD, PERANGKAT_DESA,"
                                + " GURU_SERTIFIKASI, TENAGA_KESEHATAN, PEMILIK_USAHA, PEKERJA_APBN_APBD, LAINNYA or"
                                + " empty, got a value of 11 characters"),
                Arguments.of(
                        "Siti",
                        (Function<String, ?>) CsvValues::bool,
                        "must be true, false, ya, tidak, 1, 0 or empty, got a value of 4 characters"),
                Arguments.of(
                        "Siti Aminah",
                        (Function<String, ?>) CsvValues::date,
                        "must be a date YYYY-MM-DD, got a value of 11 characters"),
                Arguments.of(
                        "Siti",
                        (Function<String, ?>) CsvValues::desil,
                        "must be a whole number 1-10 or empty, got a value of 4 characters"),
                Arguments.of(
                        "Siti",
                        (Function<String, ?>) CsvValues::monthlyIncome,
                        "must be a whole number of Rupiah, digits only, or empty, got a value of 4 characters"),
                Arguments.of(
                        "Siti",
                        (Function<String, ?>) CsvValues::region,
                        "must be a village code PP.KK.CC.DDDD or its 10 digits, got a value of 4 characters"));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("rejected")
    void parse_rejectsWithTheDetail(String cell, Function<String, ?> parser, String detail) {
        assertThatThrownBy(() -> parser.apply(cell))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(detail);
    }

    @Test
    void shownCode_quotesOnlyWhatCannotBeANameOrNik() {
        assertThat(CsvValues.shownCode("X")).isEqualTo("\"X\"");
        assertThat(CsvValues.shownCode(" L")).isEqualTo("\" L\"");
        assertThat(CsvValues.shownCode("anak")).isEqualTo("\"anak\"");
        assertThat(CsvValues.shownCode("SD1")).isEqualTo("\"SD1\"");
        assertThat(CsvValues.shownCode("BUDI")).isEqualTo("a value of 4 characters");
        assertThat(CsvValues.shownCode("Siti Aminah")).isEqualTo("a value of 11 characters");
        assertThat(CsvValues.shownCode("5208011205800001")).isEqualTo("a value of 16 characters");
        assertThat(CsvValues.shownCode("A520801")).isEqualTo("a value of 7 characters");
        assertThat(CsvValues.shownCode("a\nb")).isEqualTo("a value of 3 characters");
        assertThat(CsvValues.shownCode("\"")).isEqualTo("a value of 1 character");
        assertThat(CsvValues.shownCode("ANAK\u202e")).isEqualTo("a value of 5 characters");
    }
}
