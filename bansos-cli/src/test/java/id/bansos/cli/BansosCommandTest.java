package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BansosCommandTest {
    @Test
    void message_namesNoJavaClass() {
        assertThat(BansosCommand.message(
                        new UncheckedIOException("cannot read kab.yaml", new MalformedInputException(1))))
                .isEqualTo("cannot read kab.yaml: not UTF-8 text");
        assertThat(BansosCommand.message(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo("No space left on device");
        assertThat(BansosCommand.message(new IOException())).isEqualTo("input/output error");
        assertThat(BansosCommand.message(new ArithmeticException("long overflow")))
                .isEqualTo("an amount is too large to compute; check the parameter values (bounds in"
                        + " docs/parameters.md)");
        assertThat(BansosCommand.message(new IllegalStateException("no household H1")))
                .isEqualTo("internal error: no household H1 (run with --debug for details)");
        assertThat(BansosCommand.message(new IllegalArgumentException("desil must be between 1 and 10, got 11")))
                .isEqualTo("desil must be between 1 and 10, got 11");
    }

    @Test
    void exitCode_ofATextThatIsNotUtf8IsTwo() {
        assertThat(BansosCommand.exitCode(
                        new UncheckedIOException("cannot read kab.yaml", new MalformedInputException(1))))
                .isEqualTo(2);
        assertThat(BansosCommand.exitCode(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo(1);
    }

    @Test
    void aParameterFileThatIsNotUtf8_isExitTwo_withoutAClassName(@TempDir Path dir) throws IOException {
        // Before: "bansos: UncheckedIOException: cannot read …", exit 1.
        Path params = dir.resolve("kab.yaml");
        Files.write(params, new byte[] {'#', ' ', (byte) 0xE9, '\n'});
        Path households = dir.resolve("h.jsonl");
        Files.writeString(households, "");

        CliRun run = CommandsTest.evaluateWith(params, households);

        assertThat(run.exit()).isEqualTo(2);
        // The readers refuse the file as a whole, with the line of the first bad byte (h13privacy).
        assertThat(run.err())
                .isEqualTo("bansos: " + params + ":1: bukan UTF-8 yang sah (memuat bita 0xE9; mungkin Windows-1252"
                        + " atau enkode lama lain); simpan berkas sebagai UTF-8\n");
    }

    @Test
    void message_inIndonesian_rendersTheCatalogueAndTheReadersTexts() {
        Texts id = Texts.of("id");
        assertThat(BansosCommand.message(
                        new UncheckedIOException("cannot read kab.yaml", new MalformedInputException(1)), id))
                .isEqualTo("tidak dapat membaca kab.yaml: bukan teks UTF-8");
        assertThat(BansosCommand.message(new IOException(), id)).isEqualTo("galat masukan/keluaran");
        assertThat(BansosCommand.message(new IllegalStateException("no household H1"), id))
                .isEqualTo("galat internal: no household H1 (jalankan dengan --debug untuk rinciannya)");
        assertThat(BansosCommand.message(
                        new id.bansos.io.InputException(
                                "kab.yaml",
                                1,
                                0,
                                null,
                                null,
                                "is not valid UTF-8 (has byte"
                                        + " 0xE9; perhaps Windows-1252 or another legacy encoding); save the file as UTF-8"),
                        id))
                .isEqualTo("kab.yaml:1: bukan UTF-8 yang sah (memuat bita 0xE9; mungkin Windows-1252 atau enkode"
                        + " lama lain); simpan berkas sebagai UTF-8");
    }
}
