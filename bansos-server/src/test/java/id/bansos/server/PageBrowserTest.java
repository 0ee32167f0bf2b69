package id.bansos.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page at {@code /} in a real headless browser (Debian's {@code chromium}, which {@code .ci/run}
 * installs when missing): opened as {@code /#decide}, its script builds the example household from
 * the form, asks the server, and shows the decision and the explanation page. The DOM after the
 * script ran is checked, and a screenshot is kept at {@code target/page.png}.
 */
class PageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path profile;

    private static List<String> chromium(Path profile, String... more) {
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=20000"));
        command.addAll(List.of(more));
        return command;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void page_decidesTheExampleHousehold_inHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (.ci/run installs it)");
        try (BansosServer server =
                BansosServer.start(BansosApi.builder().build(), "127.0.0.1", 0, 4, Duration.ofSeconds(30))) {
            String url = server.url() + "/#decide";
            String dom = run(chromium(profile.resolve("dom"), "--dump-dom", url));
            assertThat(dom).contains("data-decided=\"true\"");
            // The example: a pregnant mother and a child at SD, PKH on 2024-03-01.
            assertThat(dom).contains("<h2 id=\"outcome\" class=\"yes\">Layak</h2>");
            assertThat(dom).contains("Setahun Rp3.900.000; pembayaran ini Rp975.000");
            assertThat(dom).contains("Keluarga: H1").contains("Bantuan setahun Rp3.900.000");

            Path png = Path.of("target", "page.png").toAbsolutePath();
            Files.deleteIfExists(png);
            run(chromium(profile.resolve("shot"), "--window-size=1280,1500", "--screenshot=" + png, url));
            byte[] image = Files.readAllBytes(png);
            assertThat(image.length).isGreaterThan(10_000);
            assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
    }
}
