package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeysTest {
    private static final Keys PERSON = HouseholdJson.PERSON_KEYS;

    static Stream<Arguments> suggestions() {
        return Stream.of(
                Arguments.of("birthdate", "birth_date"),
                Arguments.of("birthDate", "birth_date"),
                Arguments.of("BIRTH_DATE", "birth_date"),
                Arguments.of("NIK", "nik"),
                Arguments.of("nama", "name"),
                Arguments.of("schoollevel", "school_level"),
                Arguments.of("deceasd", "deceased"),
                Arguments.of("gender", null),
                Arguments.of("id", null),
                Arguments.of("sx", "sex"),
                Arguments.of("tanggal_lahir", null),
                Arguments.of("x".repeat(65), null));
    }

    @ParameterizedTest
    @MethodSource("suggestions")
    void suggest_findsTheKeyAtMostTwoEditsAway_ignoringCase(String unknown, String expected) {
        assertThat(PERSON.suggest(unknown)).isEqualTo(expected);
    }

    @Test
    void suggest_onATie_givesTheKeyFirstInWritingOrder() {
        Keys keys = Keys.of("ab", "ba");
        assertThat(keys.suggest("aa")).isEqualTo("ab");
    }

    static Stream<Arguments> showable() {
        return Stream.of(
                Arguments.of("birthdate", true),
                Arguments.of("birthDate", true),
                Arguments.of("_x1", true),
                Arguments.of("kode_wilayah", true),
                Arguments.of("NIK", false),
                Arguments.of("Ahmad", false),
                Arguments.of("ahmad fauzi", false),
                Arguments.of("5208011207850001", false),
                Arguments.of("nik5208011207850001", false),
                Arguments.of("nik12345", true),
                Arguments.of("", false),
                Arguments.of("a".repeat(65), false));
    }

    @ParameterizedTest
    @MethodSource("showable")
    void isShowable_onlyForLowerCaseWordsWithoutLongDigitRuns(String key, boolean expected) {
        assertThat(Keys.isShowable(key)).isEqualTo(expected);
    }

    @Test
    void unknownKeyMessage_suggestsAndHidesWhatCouldBePersonal() {
        assertThat(PERSON.unknownKeyMessage("birthdate"))
                .isEqualTo("unknown key \"birthdate\", did you mean \"birth_date\"?");
        assertThat(PERSON.unknownKeyMessage("gender")).isEqualTo("unknown key \"gender\"");
        assertThat(PERSON.unknownKeyMessage("Ahmad"))
                .isEqualTo("unknown key (not shown: it does not look like a key and could be personal data)");
    }

    @Test
    void firstMissing_givesTheFirstRequiredKeyNotSeen() {
        Keys keys = Keys.of("*a", "b", "*c");
        assertThat(keys.firstMissing(0)).isEqualTo(0);
        assertThat(keys.firstMissing(0b001)).isEqualTo(2);
        assertThat(keys.firstMissing(0b101)).isEqualTo(-1);
        assertThat(keys.isRequired(1)).isFalse();
        assertThat(keys.indexOf("c")).isEqualTo(2);
        assertThat(keys.indexOf("*c")).isEqualTo(-1);
    }

    @Test
    void of_rejectsMoreThan64Keys() {
        String[] keys = new String[65];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = "k" + i;
        }
        assertThatThrownBy(() -> Keys.of(keys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("specs must hold at most 64 keys, got 65");
    }
}
