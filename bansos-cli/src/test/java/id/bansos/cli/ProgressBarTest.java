package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void percentAndCounts_areInTheNumberFormatOfTheLanguage() {
        // 1,234 of 10,000 is 123 per mille: 12.3 %, and 3 of 30 cells filled (123 * 30 / 1000 = 3).
        assertThat(draw(Texts.of("id"), 1_234, 10_000))
                .isEqualTo("\r[###                           ]  12,3% 1.234/10.000");
        assertThat(draw(Texts.of("en"), 1_234, 10_000))
                .isEqualTo("\r[###                           ]  12.3% 1,234/10,000");
    }

    @Test
    void theLastUpdate_endsTheLine() {
        assertThat(draw(Texts.of("id"), 2_000, 2_000))
                .isEqualTo("\r[##############################] 100,0% 2.000/2.000\n");
    }

    private static String draw(Texts texts, long done, long total) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), texts).update(done, total);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
