package id.bansos.model.id;

import static id.bansos.model.id.NikTest.deserialize;
import static id.bansos.model.id.NikTest.replaceLong;
import static id.bansos.model.id.NikTest.serialize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.InvalidObjectException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class RegionCodeTest {
    static Stream<Arguments> valid() {
        return Stream.of(
                // text, canonical form, digits, level
                Arguments.of("52", "52", "52", RegionLevel.PROVINCE),
                Arguments.of("5208", "52.08", "5208", RegionLevel.REGENCY),
                Arguments.of("52.08", "52.08", "5208", RegionLevel.REGENCY),
                Arguments.of("520801", "52.08.01", "520801", RegionLevel.DISTRICT),
                Arguments.of("52.08.01", "52.08.01", "520801", RegionLevel.DISTRICT),
                Arguments.of("5208012001", "52.08.01.2001", "5208012001", RegionLevel.VILLAGE),
                Arguments.of("52.08.01.2001", "52.08.01.2001", "5208012001", RegionLevel.VILLAGE),
                Arguments.of("33.73.04.1001", "33.73.04.1001", "3373041001", RegionLevel.VILLAGE),
                // leading zeros are kept: only all-zero groups are invalid
                Arguments.of("01", "01", "01", RegionLevel.PROVINCE),
                Arguments.of("0101010001", "01.01.01.0001", "0101010001", RegionLevel.VILLAGE),
                Arguments.of("99.99.99.9999", "99.99.99.9999", "9999999999", RegionLevel.VILLAGE));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void parse_acceptsDottedAndUndottedCodesAtEveryLevel(
            String text, String canonical, String digits, RegionLevel level) {
        RegionCode code = RegionCode.parse(text);

        assertThat(code.toString()).isEqualTo(canonical);
        assertThat(code.digits()).isEqualTo(digits);
        assertThat(code.level()).isEqualTo(level);
    }

    static Stream<String> badShapes() {
        return Stream.of(
                "5",
                "520",
                "52080",
                "5208012",
                "52.8",
                "52.080",
                "52.0801",
                "5208.01",
                "52.08.01.201",
                "52.",
                ".52",
                "52..08");
    }

    @ParameterizedTest
    @MethodSource("badShapes")
    void parse_rejectsOtherShapesShowingTheText(String text) {
        assertThatThrownBy(() -> RegionCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD), got \"" + text + "\"");
    }

    static Stream<Arguments> textsNotShown() {
        return Stream.of(
                Arguments.of("", "an empty value"),
                Arguments.of("52080120011", "a value of 11 characters"),
                Arguments.of("52.08.01.20011", "a value of 14 characters"),
                Arguments.of("52.08.01.2001.01", "a value of 16 characters"),
                Arguments.of("5a", "a value of 2 characters"),
                Arguments.of("52.08.01.200a", "a value of 13 characters"),
                Arguments.of("52-08", "a value of 5 characters"),
                Arguments.of(" 52", "a value of 3 characters"),
                Arguments.of("+52", "a value of 3 characters"),
                // ARABIC-INDIC DIGITS FIVE TWO
                Arguments.of("\u0665\u0662", "a value of 2 characters"),
                // A NIK, a name and a 10 MB text in the wrong field.
                Arguments.of("5208014101900001", "a value of 16 characters"),
                Arguments.of("Siti Aminah", "a value of 11 characters"),
                Arguments.of("5".repeat(10 << 20), "a value of 10485760 characters"));
    }

    @ParameterizedTest
    @MethodSource("textsNotShown")
    void parse_rejectsTextThatCouldBePersonalGivingOnlyItsLength(String text, String shown) {
        assertThatThrownBy(() -> RegionCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD), got " + shown);
    }

    static Stream<Arguments> zeroGroups() {
        return Stream.of(
                Arguments.of("00", "region code province must not be 00, got \"00\""),
                Arguments.of("00.08.01.2001", "region code province must not be 00, got \"00.08.01.2001\""),
                Arguments.of("52.00", "region code regency/city must not be 00, got \"52.00\""),
                Arguments.of("520001", "region code regency/city must not be 00, got \"520001\""),
                Arguments.of("52.08.00", "region code district must not be 00, got \"52.08.00\""),
                Arguments.of("52.08.00.2001", "region code district must not be 00, got \"52.08.00.2001\""),
                Arguments.of("52.08.01.0000", "region code village must not be 0000, got \"52.08.01.0000\""),
                Arguments.of("5208010000", "region code village must not be 0000, got \"5208010000\""));
    }

    @ParameterizedTest
    @MethodSource("zeroGroups")
    void parse_rejectsAllZeroGroupAtEveryLevel(String text, String message) {
        assertThatThrownBy(() -> RegionCode.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> RegionCode.parse(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void parse_acceptsAnyCharSequence() {
        assertThat(RegionCode.parse(CharBuffer.wrap("52.08"))).isEqualTo(RegionCode.parse("52.08"));
    }

    @Test
    void accessors_giveEachGroupOfAVillageCode() {
        RegionCode code = RegionCode.parse("52.08.01.2001");

        assertThat(code.province()).isEqualTo("52");
        assertThat(code.regency()).contains("08");
        assertThat(code.district()).contains("01");
        assertThat(code.village()).contains("2001");
    }

    @Test
    void accessors_areEmptyBelowTheCodesLevel() {
        RegionCode province = RegionCode.parse("52");
        RegionCode regency = RegionCode.parse("52.08");
        RegionCode district = RegionCode.parse("52.08.01");

        assertThat(province.province()).isEqualTo("52");
        assertThat(province.regency()).isEmpty();
        assertThat(province.district()).isEmpty();
        assertThat(province.village()).isEmpty();
        assertThat(regency.regency()).contains("08");
        assertThat(regency.district()).isEmpty();
        assertThat(district.district()).contains("01");
        assertThat(district.village()).isEmpty();
    }

    @Test
    void parent_walksUpToProvinceThenIsEmpty() {
        RegionCode village = RegionCode.parse("52.08.01.2001");

        assertThat(village.parent()).contains(RegionCode.parse("52.08.01"));
        assertThat(RegionCode.parse("52.08.01").parent()).contains(RegionCode.parse("52.08"));
        assertThat(RegionCode.parse("52.08").parent()).contains(RegionCode.parse("52"));
        assertThat(RegionCode.parse("52").parent()).isEmpty();
    }

    @Test
    void parent_keepsLeadingZeros() {
        assertThat(RegionCode.parse("01.02.03.0004").parent().map(RegionCode::toString))
                .contains("01.02.03");
    }

    static Stream<Arguments> ancestors() {
        return Stream.of(
                Arguments.of("52.08.01.2001", RegionLevel.VILLAGE, "52.08.01.2001"),
                Arguments.of("52.08.01.2001", RegionLevel.DISTRICT, "52.08.01"),
                Arguments.of("52.08.01.2001", RegionLevel.REGENCY, "52.08"),
                Arguments.of("52.08.01.2001", RegionLevel.PROVINCE, "52"),
                Arguments.of("52.08.01", RegionLevel.PROVINCE, "52"),
                Arguments.of("52.08", RegionLevel.REGENCY, "52.08"),
                Arguments.of("52", RegionLevel.PROVINCE, "52"));
    }

    @ParameterizedTest
    @MethodSource("ancestors")
    void ancestor_cutsTheCodeToTheLevel(String text, RegionLevel level, String expected) {
        assertThat(RegionCode.parse(text).ancestor(level)).isEqualTo(RegionCode.parse(expected));
    }

    @Test
    void ancestor_rejectsLevelBelowTheCode() {
        assertThatThrownBy(() -> RegionCode.parse("52.08").ancestor(RegionLevel.VILLAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be at or above REGENCY, got VILLAGE");
        assertThatThrownBy(() -> RegionCode.parse("52").ancestor(RegionLevel.REGENCY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level must be at or above PROVINCE, got REGENCY");
    }

    @Test
    void ancestor_rejectsNull() {
        assertThatThrownBy(() -> RegionCode.parse("52.08").ancestor(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("level must not be null");
    }

    static Stream<Arguments> kota() {
        return Stream.of(
                Arguments.of("52.08", false),
                Arguments.of("52.69", false),
                Arguments.of("52.70", false),
                Arguments.of("52.71", true),
                Arguments.of("52.99", true),
                Arguments.of("33.73.04.1001", true),
                Arguments.of("33.73.04", true),
                Arguments.of("52.08.01.2001", false),
                // a province numbered 71 is not a kota
                Arguments.of("71", false),
                // district 71 within a kabupaten is not a kota
                Arguments.of("52.08.71", false));
    }

    @ParameterizedTest
    @MethodSource("kota")
    void isKota_readsRegencyNumber71To99(String text, boolean kota) {
        assertThat(RegionCode.parse(text).isKota()).isEqualTo(kota);
    }

    static Stream<Arguments> kelurahan() {
        return Stream.of(
                Arguments.of("33.73.04.1001", true),
                Arguments.of("52.08.01.1999", true),
                Arguments.of("52.08.01.2001", false),
                Arguments.of("52.08.01.0999", false),
                Arguments.of("52.08.01.3001", false),
                Arguments.of("52.08.01", false),
                // the last four digits read 1010, but a district is no kelurahan
                Arguments.of("11.10.10", false),
                Arguments.of("11", false));
    }

    @ParameterizedTest
    @MethodSource("kelurahan")
    void isKelurahan_readsVillageNumberStartingWith1(String text, boolean kelurahan) {
        assertThat(RegionCode.parse(text).isKelurahan()).isEqualTo(kelurahan);
    }

    static Stream<Arguments> containment() {
        return Stream.of(
                Arguments.of("52.08", "52.08", true),
                Arguments.of("52.08", "52.08.01", true),
                Arguments.of("52.08", "52.08.01.2001", true),
                Arguments.of("52", "52.71.01.1001", true),
                Arguments.of("52.08", "52", false),
                Arguments.of("52.08", "52.71.01", false),
                Arguments.of("52.08", "53.08.01", false),
                Arguments.of("52.08.01.2001", "52.08.01", false),
                Arguments.of("52.08.01.2001", "52.08.01.2002", false));
    }

    @ParameterizedTest
    @MethodSource("containment")
    void contains_isTrueForItselfAndEveryRegionWithin(String outer, String inner, boolean contains) {
        assertThat(RegionCode.parse(outer).contains(RegionCode.parse(inner))).isEqualTo(contains);
    }

    @Test
    void contains_rejectsNull() {
        assertThatThrownBy(() -> RegionCode.parse("52").contains(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
    }

    @Test
    void compareTo_putsEachRegionBeforeTheRegionsWithinIt() {
        List<RegionCode> codes = Stream.of(
                        "53", "52.71", "52.08.01", "52", "52.08", "52.08.01.2001", "52.08.02", "11", "52.08.01.1001")
                .map(RegionCode::parse)
                .sorted()
                .collect(Collectors.toList());

        assertThat(codes)
                .extracting(RegionCode::toString)
                .containsExactly(
                        "11", "52", "52.08", "52.08.01", "52.08.01.1001", "52.08.01.2001", "52.08.02", "52.71", "53");
    }

    @Test
    void equalsAndHashCode_followLevelAndDigits() {
        // the factory never leaves the level null
        EqualsVerifier.forClass(RegionCode.class).suppress(Warning.NULL_FIELDS).verify();
        assertThat(RegionCode.parse("5208")).isEqualTo(RegionCode.parse("52.08"));
        // same number, different level: 52.08 is not province 08 or anything else
        assertThat(RegionCode.parse("52.08")).isNotEqualTo(RegionCode.parse("52"));
    }

    @Test
    void serialization_roundTrips() throws Exception {
        RegionCode code = RegionCode.parse("01.02.03.0004");

        assertThat(deserialize(serialize(code))).isEqualTo(code);
    }

    @Test
    void serialization_rejectsForgedZeroGroup() throws Exception {
        byte[] forged = replaceLong(serialize(RegionCode.parse("52.08")), 5208L, 5200L);

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("region code in stream is not valid");
    }

    @Test
    void serialization_rejectsForgedValueTooLongForTheLevel() throws Exception {
        byte[] forged = replaceLong(serialize(RegionCode.parse("52.08")), 5208L, 520801L);

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("region code in stream is not valid");
    }

    // ---- properties ----

    /** A valid code and its level, written out independently of the code under test. */
    record Generated(String dotted, RegionLevel level) {
        String undotted() {
            return dotted.replace(".", "");
        }
    }

    private static Gen<Generated> validCodes() {
        Gen<String> upper = integers()
                .between(1, 99)
                .zip(
                        integers().between(1, 99),
                        integers().between(1, 99),
                        (p, k, c) -> String.format(Locale.ROOT, "%02d.%02d.%02d", p, k, c));
        return upper.zip(integers().between(1, 9999), arbitrary().enumValues(RegionLevel.class), (u, v, level) -> {
            String full = u + String.format(Locale.ROOT, ".%04d", v);
            int length = switch (level) {
                case PROVINCE -> 2;
                case REGENCY -> 5;
                case DISTRICT -> 8;
                case VILLAGE -> 13;
            };
            return new Generated(full.substring(0, length), level);
        });
    }

    @Test
    void parseThenToStringIsIdentity() {
        qt().withFixedSeed(20240621L).forAll(validCodes()).checkAssert(g -> {
            RegionCode code = RegionCode.parse(g.dotted());
            assertThat(code.toString()).isEqualTo(g.dotted());
            assertThat(code.level()).isEqualTo(g.level());
        });
    }

    @Test
    void dottedAndUndottedFormsAreTheSameCode() {
        qt().withFixedSeed(20240622L).forAll(validCodes()).checkAssert(g -> {
            assertThat(RegionCode.parse(g.undotted())).isEqualTo(RegionCode.parse(g.dotted()));
            assertThat(RegionCode.parse(g.dotted()).digits()).isEqualTo(g.undotted());
        });
    }

    // The levels are declared from province down, so a code has as many ancestors as its ordinal.
    @SuppressWarnings("EnumOrdinal")
    @Test
    void parentChainEndsAtProvinceAndEachParentContainsTheChild() {
        qt().withFixedSeed(20240623L).forAll(validCodes()).checkAssert(g -> {
            RegionCode code = RegionCode.parse(g.dotted());
            List<RegionCode> chain = new ArrayList<>();
            for (Optional<RegionCode> c = Optional.of(code);
                    c.isPresent();
                    c = c.get().parent()) {
                chain.add(c.get());
            }
            assertThat(chain).hasSize(g.level().ordinal() + 1);
            assertThat(chain.get(chain.size() - 1).level()).isEqualTo(RegionLevel.PROVINCE);
            assertThat(chain.get(chain.size() - 1).toString())
                    .isEqualTo(g.dotted().substring(0, 2));
            for (int i = 1; i < chain.size(); i++) {
                assertThat(chain.get(i).contains(chain.get(i - 1))).isTrue();
                assertThat(chain.get(i - 1).contains(chain.get(i))).isFalse();
                assertThat(g.dotted()).startsWith(chain.get(i).toString() + ".");
            }
        });
    }

    @Test
    void compareToAgreesWithTextOrderOfDigits() {
        qt().withFixedSeed(20240624L)
                .forAll(validCodes(), validCodes())
                .checkAssert((a, b) -> assertThat(
                                Integer.signum(RegionCode.parse(a.dotted()).compareTo(RegionCode.parse(b.dotted()))))
                        .isEqualTo(Integer.signum(a.undotted().compareTo(b.undotted()))));
    }
}
