package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

class HelpTextsTest {
    @Test
    void everyHelpText_hasAnIndonesianText_differentFromTheEnglishOne() {
        CommandLine id = commandLine();
        CommandLine en = commandLine("--lang", "en");

        List<String> untranslated = new ArrayList<>();
        compare(id, en, untranslated);
        for (Map.Entry<String, CommandLine> sub : id.getSubcommands().entrySet()) {
            compare(sub.getValue(), en.getSubcommands().get(sub.getKey()), untranslated);
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void help_isIndonesianByDefault_andEnglishWithLangEn() {
        CliRun id = CliRun.of("evaluate", "--help");
        CliRun en = CliRun.of("evaluate", "--help", "--lang", "en");

        assertThat(id.exit()).isZero();
        assertThat(id.out())
                .startsWith("Penggunaan: bansos evaluate ")
                .contains("Memutuskan setiap keluarga yang sah dalam INPUT")
                .contains("Tanggal keputusan, YYYY-MM-DD.")
                .contains("Tampilkan bantuan ini lalu keluar.")
                .doesNotContain("The date of the decisions");
        assertThat(en.exit()).isZero();
        assertThat(en.out())
                .startsWith("Usage: bansos evaluate ")
                .contains("The date of the decisions, YYYY-MM-DD.")
                .contains("Show this help message and exit.")
                .doesNotContain("Tanggal keputusan");
    }

    @Test
    void rootHelp_listsTheCommandsAndExitCodesInTheLanguage() {
        assertThat(CliRun.of("--help").out())
                .contains("Perintah:\n")
                .contains("Kode keluar: 0 selesai;")
                .containsPattern("\\n  sample +Mengambil sampel acak");
        assertThat(CliRun.of("--lang=en", "--help").out())
                .contains("Commands:\n")
                .contains("Exit codes: 0 done;")
                .containsPattern("\\n  sample +Draw a reproducible random sample");
    }

    private static void compare(CommandLine id, CommandLine en, List<String> untranslated) {
        CommandSpec i = id.getCommandSpec();
        CommandSpec e = en.getCommandSpec();
        String name = i.qualifiedName();
        check(
                name + " description",
                i.usageMessage().description(),
                e.usageMessage().description(),
                untranslated);
        List<ArgSpec> ids = new ArrayList<>(i.args());
        List<ArgSpec> ens = new ArrayList<>(e.args());
        assertThat(ids).hasSameSizeAs(ens);
        for (int k = 0; k < ids.size(); k++) {
            check(
                    name + " " + label(ids.get(k)),
                    ids.get(k).description(),
                    ens.get(k).description(),
                    untranslated);
        }
    }

    private static void check(String what, String[] id, String[] en, List<String> untranslated) {
        if (en.length > 0 && (id.length == 0 || Arrays.equals(id, en))) {
            untranslated.add(what);
        }
    }

    private static String label(ArgSpec a) {
        return a instanceof CommandLine.Model.OptionSpec o ? o.longestName() : a.paramLabel();
    }

    private static CommandLine commandLine(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter writer = new PrintWriter(sink, true, StandardCharsets.UTF_8);
        return BansosCommand.commandLine(sink, sink, writer, writer, args);
    }
}
