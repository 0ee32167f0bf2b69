package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the library's jars as named modules: a district application that is a module of its own and
 * requires {@code id.bansos.rules} only decides and explains a household.
 *
 * <p>The {@code bansos} command itself, {@code id.bansos.programs} and {@code id.bansos.testkit}
 * (which requires it) run on the class path only: CEL 0.14.0's jars ({@code dev.cel:common},
 * {@code compiler}, {@code runtime}, …) hold the same packages, which the module system refuses
 * (cel-expr/cel-java#566). Their jars are left off the module path here; were they on it, the
 * automatic module {@code commons.math3} that the rules read would pull every automatic module in,
 * and the split packages would stop the JVM at start-up.
 */
class ModulePathIT {
    /** The command's run-time jars without CEL's and without those that require them. */
    private static String modulePath() throws Exception {
        String runtime = Files.readString(
                        Path.of(System.getProperty("bansos.runtime.classpath")), StandardCharsets.UTF_8)
                .trim();
        List<String> all = List.of(runtime.split(Pattern.quote(File.pathSeparator), -1));
        List<String> jars = new ArrayList<>();
        for (String jar : all) {
            String path = jar.replace(File.separatorChar, '/');
            if (!path.contains("/dev/cel/") && !path.contains("bansos-programs") && !path.contains("bansos-testkit")) {
                jars.add(jar);
            }
        }
        assertThat(jars).as("the jars left on the module path").isNotEmpty().hasSizeLessThan(all.size());
        return String.join(File.pathSeparator, jars);
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
