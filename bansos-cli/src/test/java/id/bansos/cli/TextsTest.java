package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.money.Rupiah;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static final Texts ID = Texts.of("id");
    private static final Texts EN = Texts.of("en");

    @Test
    void countsAndAmounts_haveOneFormatPerLanguage() {
        assertThat(ID.count(1_234_567)).isEqualTo("1.234.567");
        assertThat(ID.amount(Rupiah.of(1_234_567))).isEqualTo("Rp1.234.567");
        assertThat(EN.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(EN.amount(Rupiah.of(1_234_567))).isEqualTo("Rp1,234,567");
        assertThat(ID.count(999)).isEqualTo("999");
        assertThat(EN.count(0)).isEqualTo("0");
        assertThat(ID.count(-1_500)).isEqualTo("-1.500");
        assertThat(EN.amount(Rupiah.of(-592_300_000))).isEqualTo("-Rp592,300,000");
    }

    @Test
    void decimals_useTheLanguagesDecimalMark() {
        assertThat(ID.decimal(0.05)).isEqualTo("0,05");
        assertThat(EN.decimal(0.05)).isEqualTo("0.05");
        assertThat(ID.decimal(0.95)).isEqualTo("0,95");
        assertThat(EN.decimal(1.0)).isEqualTo("1");
    }

    @Test
    void get_fillsPlaceholders_andRendersNestedTextsInTheSameLanguage() {
        Texts.Msg what = Texts.Msg.of("path.optionFile", "--parameters");
        Texts.Msg why = Texts.Msg.of("path.noSuchFile");

        assertThat(ID.get("path.cannotRead", what, "kab.yaml", why))
                .isEqualTo("tidak dapat membaca berkas --parameters kab.yaml: berkas tidak ada");
        assertThat(EN.get("path.cannotRead", what, "kab.yaml", why))
                .isEqualTo("cannot read --parameters file kab.yaml: no such file");
    }

    @Test
    void get_rendersAReadersTextInTheLanguage() {
        Texts.Io io = new Texts.Io("file name must end in .json, .jsonl or .csv to tell its format, got \"r.txt\"");

        assertThat(ID.get("option.inputFormat", io))
                .isEqualTo("nama berkas harus berakhiran .json, .jsonl atau .csv agar formatnya diketahui, didapat"
                        + " \"r.txt\" (atau berikan --input-format)");
        assertThat(EN.get("option.inputFormat", io))
                .isEqualTo("file name must end in .json, .jsonl or .csv to tell its format, got \"r.txt\" (or give"
                        + " --input-format)");
    }

    @Test
    void get_ofAnUnknownKey_isABug() {
        assertThatThrownBy(() -> ID.get("no.such.key")).hasMessage("no text no.such.key in id");
    }

    @Test
    void scan_findsTheLastLangBeforeTheEndOfOptions_Indonesian_byDefault() {
        assertThat(Texts.scan(new String[] {"evaluate", "--help"})).isSameAs(ID);
        assertThat(Texts.scan(new String[] {"evaluate", "--lang", "en", "--help"}))
                .isSameAs(EN);
        assertThat(Texts.scan(new String[] {"--lang=en", "evaluate"})).isSameAs(EN);
        assertThat(Texts.scan(new String[] {"--lang", "en", "x", "--lang", "id"}))
                .isSameAs(ID);
        assertThat(Texts.scan(new String[] {"evaluate", "--", "--lang", "en"})).isSameAs(ID);
        assertThat(Texts.scan(new String[] {"evaluate", "--lang", "fr"})).isSameAs(ID);
        assertThat(Texts.scan(new String[] {"evaluate", "--lang"})).isSameAs(ID);
        assertThat(Texts.langArgument(new String[] {"evaluate", "--lang", "fr"}))
                .isEqualTo("fr");
    }

    @Test
    void of_anotherLanguage_isAUsageError() {
        assertThatThrownBy(() -> Texts.of("fr"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--lang must be id or en, got \"fr\"");
        assertThat(ID.locale()).isEqualTo(Locale.forLanguageTag("id"));
        assertThat(EN.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void catalogues_haveTheSameKeys_andTheSamePlaceholders() {
        assertThat(ID.keys()).isEqualTo(EN.keys());
        for (String key : EN.keys()) {
            assertThat(placeholders(ID.template(key).orElseThrow()))
                    .as(key)
                    .isEqualTo(placeholders(EN.template(key).orElseThrow()));
        }
    }

    private static SortedSet<String> placeholders(String text) {
        SortedSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{[0-9]\\}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
