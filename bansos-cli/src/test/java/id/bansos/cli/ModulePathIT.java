package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the jars as named modules: the {@code bansos} command, and a district application that is a
 * module of its own and requires {@code id.bansos.rules} only.
 */
class ModulePathIT {
    private static String modulePath() throws Exception {
        String runtime = Files.readString(
                        Path.of(System.getProperty("bansos.runtime.classpath")), StandardCharsets.UTF_8)
                .trim();
        return System.getProperty("bansos.cli.jar") + File.pathSeparator + runtime;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int run(Path dir, List<String> command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void theCommand_runsOnTheModulePath_andExplainsInIndonesian(@TempDir Path dir) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(java(), "--module-path", modulePath(), "-m", "id.bansos.cli/id.bansos.cli.Main"));
        command.addAll(List.of(
                "explain",
                "--program",
                "PKH",
                "--as-of",
                "2025-06-01",
                "--household",
                "KLU-1",
                EvaluateCommandTest.roster()));
        int exit = run(dir, command);
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(exit).as(err).isZero();
        // An Indonesian message of the rules module's bundle: read as a resource of a named module.
        assertThat(Files.readString(dir.resolve("stdout.txt")))
                .contains("Tidak ada anggota keluarga yang hidup dengan pekerjaan yang dikecualikan.");
    }

    @Test
    void aDistrictApplicationModule_requiringTheRulesOnly_decidesAndExplains(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("example/district"));
        Files.writeString(src.resolve("module-info.java"), "module example.district { requires id.bansos.rules; }\n");
        Files.writeString(src.resolve("example/district/Main.java"), """
                package example.district;

                import id.bansos.model.*;
                import id.bansos.model.decision.Decision;
                import id.bansos.model.id.*;
                import id.bansos.rules.*;
                import java.time.LocalDate;
                import java.util.Locale;

                public class Main {
                    public static void main(String[] args) {
                        Household h = Household.builder()
                                .id("KLU-0001")
                                .region(RegionCode.parse("52.08.01.2001"))
                                .desil(2)
                                .addMembers(Person.builder()
                                        .nik(Nik.parse("5208014101900001"))
                                        .sex(Sex.FEMALE)
                                        .birthDate(LocalDate.of(1990, 1, 1))
                                        .relationship(Relationship.HEAD)
                                        .pregnant(true)
                                        .build())
                                .build();
                        Decision d = Engine.create()
                                .evaluate(h, Programs.pkh(), NationalPolicy.load(), LocalDate.of(2025, 6, 1));
                        System.out.println(d.eligible() + " " + d.annualAmount().format());
                        Locale id = Locale.forLanguageTag("id");
                        System.out.println(MessageRenderer.forLocale(id).render(d.reasons().get(0)));
                    }
                }
                """);
        Path out = dir.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(
                null,
                null,
                null,
                "--module-path",
                modulePath(),
                "-d",
                out.toString(),
                src.resolve("module-info.java").toString(),
                src.resolve("example/district/Main.java").toString());
        assertThat(compiled).isZero();

        int exit = run(
                dir,
                List.of(
                        java(),
                        "--module-path",
                        out + File.pathSeparator + modulePath(),
                        "-m",
                        "example.district/example.district.Main"));
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(exit).as(err).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("stdout.txt"));
        // One pregnant woman in desil 2 on 2025-06-01: IBU_HAMIL, Rp3.000.000 a year (POLICY-V2).
        assertThat(lines.get(0)).isEqualTo("true Rp3.000.000");
        assertThat(lines.get(1)).isEqualTo("Tidak ada anggota keluarga yang hidup dengan pekerjaan yang dikecualikan.");
    }
}
