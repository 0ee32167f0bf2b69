package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReaderMessagesTest {
    private static final Locale ID = Locale.forLanguageTag("id");

    /** English details as the readers write them (pinned in their own tests), and their Indonesian. */
    static Stream<Arguments> details() {
        return Stream.of(
                Arguments.of("does not agree with birth_date and sex", "tidak sesuai dengan birth_date dan sex"),
                Arguments.of(
                        "does not agree with birth_date and sex (at line 19, column 15)",
                        "tidak sesuai dengan birth_date dan sex (di baris 19, kolom 15)"),
                Arguments.of("record is larger than 1048576 bytes", "rekaman lebih besar dari 1048576 bita"),
                Arguments.of(
                        "must be the same on every row of a household, but line 3 differs from line 2",
                        "harus sama di setiap baris satu keluarga, tetapi baris 3 berbeda dengan baris 2"),
                Arguments.of(
                        "the enrolment starts after the date of the assessment 2025-06-01, on 2025-07-01",
                        "kepesertaan dimulai setelah tanggal penilaian 2025-06-01, pada 2025-07-01"),
                Arguments.of(
                        "the household already has a commitment record for 2024-II, on c.jsonl line 3",
                        "keluarga sudah memiliki catatan komitmen untuk 2024-II, di c.jsonl baris 3"),
                Arguments.of(
                        "the household is already on the waitlist on line 1",
                        "keluarga sudah ada di daftar tunggu pada baris 1"),
                Arguments.of(
                        "unknown key \"desill\", did you mean \"desil\"?",
                        "kunci \"desill\" tidak dikenal, maksud Anda \"desil\"?"),
                Arguments.of("unknown key \"gender\"", "kunci \"gender\" tidak dikenal"),
                Arguments.of("missing required key \"household_id\"", "kunci wajib \"household_id\" tidak ada"),
                Arguments.of("must be between 1 and 10, got 11", "harus antara 1 dan 10, didapat 11"),
                Arguments.of("must be a string, got an integer", "harus teks, didapat bilangan bulat"),
                Arguments.of(
                        "must be a string of 16 digits, got an integer (at line 3, column 5)",
                        "harus teks 16 angka, didapat bilangan bulat (di baris 3, kolom 5)"),
                Arguments.of(
                        "must be one of \"MALE\", \"FEMALE\", got \"female\"",
                        "harus salah satu dari \"MALE\", \"FEMALE\", didapat \"female\""),
                Arguments.of("must be MALE, FEMALE, L or P, got \"F\"", "harus MALE, FEMALE, L atau P, didapat \"F\""),
                Arguments.of("members must include a HEAD", "members harus memuat satu HEAD (kepala keluarga)"),
                Arguments.of(
                        "member 1 is born after the date of evaluation 2025-06-01",
                        "anggota 1 lahir setelah tanggal evaluasi 2025-06-01"),
                Arguments.of(
                        "programme DAERAH_X, rule daerah_x.amount: amount_per_payment must give a whole number of"
                                + " Rupiah, 0 or more, got -20000",
                        "program DAERAH_X, aturan daerah_x.amount: amount_per_payment harus memberi bilangan bulat"
                                + " Rupiah, 0 atau lebih, didapat -20000"),
                Arguments.of(
                        "programme DAERAH_X, rule daerah_x.requires.1: requires[1] could not be evaluated: division by"
                                + " zero",
                        "program DAERAH_X, aturan daerah_x.requires.1: requires[1] tidak dapat dihitung: division by"
                                + " zero"),
                Arguments.of(
                        "members must include a HEAD; household id appears in 2 records, at lines 2, 6",
                        "members harus memuat satu HEAD (kepala keluarga); id keluarga muncul di 2 rekaman, di baris"
                                + " 2, 6"),
                Arguments.of(
                        "is encoded in UTF-16LE (byte order mark), not UTF-8; save it as UTF-8",
                        "berenkode UTF-16LE (byte order mark), bukan UTF-8; simpan sebagai UTF-8"),
                Arguments.of(
                        "is not valid UTF-8 (has byte 0xE9; perhaps Windows-1252 or another legacy encoding); save"
                                + " the file as UTF-8",
                        "bukan UTF-8 yang sah (memuat bita 0xE9; mungkin Windows-1252 atau enkode lama lain); simpan"
                                + " berkas sebagai UTF-8"),
                Arguments.of(
                        "unknown parameter (did you mean pkh.index.SD?)",
                        "parameter tidak dikenal (maksud Anda" + " pkh.index.SD?)"),
                Arguments.of("values[0].from is missing", "values[0].from tidak ada"),
                Arguments.of(
                        "not accepted: the line is longer than 65536 characters",
                        "tidak diterima: barisnya lebih panjang dari 65536 karakter"),
                Arguments.of(
                        "input over a hard limit: string is longer than 3 characters",
                        "masukan melewati batas tetap: teks lebih panjang dari 3 karakter"),
                // Parameter files (issue 14): type mismatches, dates, the provenance entries.
                Arguments.of(
                        "type must be integer for this key, got rupiah",
                        "type harus integer untuk kunci ini, didapat rupiah"),
                Arguments.of(
                        "value must be a whole number of Rupiah, 0 or more or none, got a list",
                        "value harus bilangan bulat Rupiah, 0 atau lebih atau none, didapat daftar"),
                Arguments.of(
                        "value must be true or false or none, got \"ya\"",
                        "value harus true atau false atau none, didapat \"ya\""),
                Arguments.of(
                        "values[1].from 2020-01-01 must be after the date of the entry before, 2021-01-01",
                        "values[1].from 2020-01-01 harus setelah tanggal entri sebelumnya, 2021-01-01"),
                Arguments.of(
                        "values[0].legal_basis.year must be a year such as 2018, got 18",
                        "values[0].legal_basis.year harus tahun seperti 2018, didapat 18"),
                Arguments.of(
                        "values[0].legal_basis.provenance[0].secondary must be true or false, got a mapping",
                        "values[0].legal_basis.provenance[0].secondary harus true atau false, didapat pemetaan"),
                Arguments.of("is given twice", "diberikan dua kali"),
                // YAML files (issues 14 and 17): the parser, shapes, bounds, scenario and programme files.
                Arguments.of("a tab is not allowed, use spaces", "tab tidak diperbolehkan, gunakan spasi"),
                Arguments.of(
                        "members[0].nik: does not agree with birth_date and sex",
                        "members[0].nik: tidak sesuai dengan birth_date dan sex"),
                Arguments.of(
                        "check the indentation of line 5: keys of one mapping start in the same column",
                        "periksa indentasi baris 5: kunci-kunci satu pemetaan dimulai di kolom yang sama"),
                Arguments.of(
                        "not valid YAML: found character '@' that cannot start any token",
                        "bukan YAML yang sah: found character '@' that cannot start any token"),
                Arguments.of(
                        "the file must be a mapping with schema_version and parameters, got a list",
                        "berkas harus pemetaan dengan schema_version dan parameters, didapat daftar"),
                Arguments.of(
                        "values must be a list of dated values, got an empty value",
                        "values harus daftar nilai bertanggal, didapat nilai kosong"),
                Arguments.of(
                        "value must be at most 1000000000000, got 2000000000000",
                        "value harus paling besar 1000000000000, didapat 2000000000000"),
                Arguments.of(
                        "must be between -10000 and 10000, got a number of 30 characters",
                        "harus antara -10000 dan 10000, didapat angka sepanjang 30 karakter"),
                Arguments.of(
                        "unknown key valeus (did you mean values?); expected one of [type, values]",
                        "kunci valeus tidak dikenal (maksud Anda values?); yang diharapkan salah satu dari [type,"
                                + " values]"),
                Arguments.of(
                        "pkh.index.SD must be a whole number of Rupiah, 0 or more, or none, got \"banyak\"",
                        "pkh.index.SD harus bilangan bulat Rupiah, 0 atau lebih, atau none, didapat \"banyak\""),
                Arguments.of(
                        "unknown programme \"PKHH\", did you mean \"PKH\"?",
                        "program \"PKHH\" tidak dikenal, maksud Anda \"PKH\"?"),
                Arguments.of(
                        "the scenario has no as_of; write as_of: YYYY-MM-DD",
                        "skenario tidak memiliki as_of; tulis as_of: YYYY-MM-DD"),
                Arguments.of(
                        "components must hold upper-case component codes such as SD, got \"sd\"",
                        "components harus memuat kode komponen berhuruf besar seperti SD, didapat \"sd\""),
                Arguments.of(
                        "as_of must be a date YYYY-MM-DD, got a mapping",
                        "as_of harus tanggal YYYY-MM-DD, didapat pemetaan"),
                Arguments.of(
                        "requires[1].rule: unknown parameter 'lansia.umur'; did you mean 'lansia.min_age'? (column 1 of"
                                + " the expression) in: param('lansia.umur') > 60",
                        "requires[1].rule: parameter 'lansia.umur' tidak dikenal; maksud Anda 'lansia.min_age'? (kolom"
                                + " 1 ekspresi) di: param('lansia.umur') > 60"));
    }

    @ParameterizedTest
    @MethodSource("details")
    void detail_inIndonesian_rendersTheKeyOfTheEnglishText(String english, String indonesian) {
        assertThat(ReaderMessages.detail(english, ID)).isEqualTo(indonesian);
        assertThat(ReaderMessages.detail(english, Locale.forLanguageTag("tr-TR")))
                .isEqualTo(indonesian);
        assertThat(ReaderMessages.key(english)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("details")
    void detail_inEnglish_isTheTextAsItIs(String english, String indonesian) {
        assertThat(ReaderMessages.detail(english, Locale.ENGLISH)).isEqualTo(english);
    }

    @Test
    void key_namesTheMostSpecificTemplate() {
        assertThat(ReaderMessages.key("must be between 1 and 10, got 11")).hasValue("value.between");
        assertThat(ReaderMessages.key("must be an integer, got a string")).hasValue("value.type");
        assertThat(ReaderMessages.key("unknown key \"x\", did you mean \"y\"?")).hasValue("key.unknownDidYouMean");
    }

    @Test
    void aPartKey_isNeverAWholeDetail() {
        assertThat(ReaderMessages.key("a string")).isEmpty();
        assertThat(ReaderMessages.detail("a string", ID)).isEqualTo("a string");
        assertThat(ReaderMessages.detail("see line 3", ID)).isEqualTo("see line 3");
    }

    @Test
    void detail_withoutAKey_staysInEnglish() {
        String jackson = "malformed JSON: Unexpected character ('}' (code 125))";
        assertThat(ReaderMessages.key("something no reader says")).isEmpty();
        assertThat(ReaderMessages.detail("something no reader says", ID)).isEqualTo("something no reader says");
        // The key is known, Jackson's own wording under it is not: it stays as it is.
        assertThat(ReaderMessages.detail(jackson, ID))
                .isEqualTo("JSON tidak sah: Unexpected character ('}' (code 125))");
    }

    @Test
    void error_keepsTheLocation_andTranslatesTheWordHouseholdAndTheDetail() {
        Reject r = Reject.from(
                new InputException(
                        "r.jsonl", 4, 40, "KLU-4", "desill", "unknown key \"desill\", did you mean \"desil\"?"),
                4);

        assertThat(r.error())
                .isEqualTo("r.jsonl:4:40: household KLU-4: desill: unknown key \"desill\", did you mean \"desil\"?");
        assertThat(ReaderMessages.error(r, ID))
                .isEqualTo(
                        "r.jsonl:4:40: keluarga KLU-4: desill: kunci \"desill\" tidak dikenal, maksud Anda \"desil\"?");
        assertThat(ReaderMessages.error(r, Locale.ENGLISH)).isEqualTo(r.error());
    }

    @Test
    void error_ofAHouseholdWhoseIdLooksLikeTheTextAfterIt_isCutAtItsOwnLength() {
        Reject r = Reject.from(
                new InputException("a: b.csv", 2, 0, "H: 1", "sex", "must be MALE, FEMALE, L or P, got \"F\""), 2);

        assertThat(ReaderMessages.error(r, ID))
                .isEqualTo("a: b.csv:2: keluarga H: 1: sex: harus MALE, FEMALE, L atau P, didapat \"F\"");
    }

    @Test
    void message_ofAnInputException_inBothLanguages() {
        InputException e = new InputException(
                "kab.yaml", 3, 3, null, "pkh.index.sd", "unknown parameter (did you mean" + " pkh.index.SD?)");

        assertThat(ReaderMessages.message(e, Locale.ENGLISH)).isEqualTo(e.getMessage());
        assertThat(ReaderMessages.message(e, ID))
                .isEqualTo("kab.yaml:3:3: pkh.index.sd: parameter tidak dikenal (maksud Anda pkh.index.SD?)");
        assertThat(ReaderMessages.message(e.withHouseholdId("H1"), ID))
                .isEqualTo("kab.yaml:3:3: keluarga H1: pkh.index.sd: parameter tidak dikenal (maksud Anda"
                        + " pkh.index.SD?)");
    }

    @Test
    void catalogues_haveTheSameKeys_andTheSamePlaceholders() throws IOException {
        Properties en = load("reader-messages_en.properties");
        Properties id = load("reader-messages_id.properties");

        assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            assertThat(placeholders(id.getProperty(key)))
                    .as(key)
                    .isEqualTo(placeholders(en.getProperty(key).replace("{~", "{")));
        }
    }

    @Test
    void nullArguments_areRejectedByName() {
        assertThatThrownBy(() -> ReaderMessages.detail(null, ID)).hasMessage("detail must not be null");
        assertThatThrownBy(() -> ReaderMessages.detail("x", null)).hasMessage("locale must not be null");
        assertThatThrownBy(() -> ReaderMessages.error(null, ID)).hasMessage("r must not be null");
        assertThatThrownBy(() -> ReaderMessages.message(null, ID)).hasMessage("e must not be null");
    }

    private static java.util.SortedSet<String> placeholders(String text) {
        java.util.SortedSet<String> found = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("\\{[0-9]\\}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ReaderMessages.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
