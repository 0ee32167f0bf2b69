package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bansos report}, run in-process on a hand-worked register. */
class ReportCommandTest {
    // 52.01: C active on both days, exits PINDAH on the last day; 52.08: A and B active on the first
    // day, A graduates in March, so only B is active on the last; D exited before the period.
    private static final String REGISTER = """
            {"household_id":"A","program":"PKH","since":"2018-02-01","status":"GRADUATED",\
            "exit_reason":"GRAD_SEJAHTERA","exit_date":"2020-03-15","region":"52.08.01.2001"}
            {"household_id":"B","program":"PKH","since":"2019-01-01","status":"ACTIVE","region":"52.08.02.2003"}
            {"household_id":"C","program":"PKH","since":"2017-01-01","status":"TERMINATED",\
            "exit_reason":"PINDAH","exit_date":"2020-06-30","region":"52.01.01.2001"}
            {"household_id":"D","program":"PKH","since":"2016-01-01","status":"GRADUATED",\
            "exit_reason":"GRAD_MANDIRI","exit_date":"2019-12-31","region":"52.01.03.2002"}
            """;

    private static CliRun report(Path dir, String... more) throws Exception {
        Path register = dir.resolve("register.jsonl");
        Files.writeString(register, REGISTER);
        String[] args = {
            "report",
            "--enrollments",
            register.toString(),
            "--from",
            "2020-01-01",
            "--to",
            "2020-06-30",
            "--program",
            "PKH"
        };
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void csv_inIndonesian_usesSemicolons_andAddsUp(@TempDir Path dir) throws Exception {
        CliRun run = report(dir, "--format", "csv");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                        wilayah;aktif 2020-01-01;aktif 2020-06-30;GRAD_SEJAHTERA;PINDAH;jumlah
                        52.01;1;1;0;1;1
                        52.08;2;1;1;0;1
                        jumlah;3;2;1;1;2
                        """);
    }

    @Test
    void json_hasTheShapeOfTheContract(@TempDir Path dir) throws Exception {
        CliRun run = report(dir, "--format", "json", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("{\"from\":\"2020-01-01\",\"to\":\"2020-06-30\",\"program\":\"PKH\",\"by\":\"regency\","
                        + "\"regions\":[{\"region\":\"52.01\",\"active_from\":1,\"active_to\":1,\"exits\":{\"PINDAH\":1},"
                        + "\"total\":1},{\"region\":\"52.08\",\"active_from\":2,\"active_to\":1,"
                        + "\"exits\":{\"GRAD_SEJAHTERA\":1},\"total\":1}],"
                        + "\"exits\":{\"GRAD_SEJAHTERA\":1,\"PINDAH\":1},\"total\":2}\n");
    }

    @Test
    void table_byDistrict_inEnglish(@TempDir Path dir) throws Exception {
        CliRun run = report(dir, "--by", "district", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                        region    active 2020-01-01  active 2020-06-30  GRAD_SEJAHTERA  PINDAH  total
                        52.01.01                  1                  1               0       1      1
                        52.08.01                  1                  0               1       0      1
                        52.08.02                  1                  1               0       0      0
                        total                     3                  2               1       1      2
                        """);
    }

    @Test
    void aBadLineIsARejectWithExitThree_andAToBeforeFromIsExitTwo(@TempDir Path dir) throws Exception {
        Path register = dir.resolve("bad.jsonl");
        Files.writeString(register, "{\"household_id\":\"A\"}\n");
        CliRun bad =
                CliRun.of("report", "--enrollments", register.toString(), "--from", "2020-01-01", "--to", "2020-06-30");
        CliRun backwards =
                CliRun.of("report", "--enrollments", register.toString(), "--from", "2020-01-01", "--to", "2019-12-31");

        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).startsWith("{\"line\":1,");
        assertThat(backwards.exit()).isEqualTo(2);
        assertThat(backwards.err())
                .isEqualTo("bansos: --to tidak boleh sebelum --from 2020-01-01, didapat 2019-12-31\n");
    }

    @Test
    void usageErrors_areInTheLanguage_andExitTwo(@TempDir Path dir) throws Exception {
        CliRun format = report(dir, "--format", "xml");
        String register = dir.resolve("register.jsonl").toString();
        CliRun program = CliRun.of(
                "report",
                "--enrollments",
                register,
                "--from",
                "2020-01-01",
                "--to",
                "2020-06-30",
                "--program",
                "P K H",
                "--lang",
                "en");
        CliRun backwards = CliRun.of(
                "report", "--enrollments", register, "--from", "2020-01-01", "--to", "2019-12-31", "--lang", "en");

        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("bansos: --format harus table, csv atau json, didapat \"xml\"\n");
        assertThat(program.exit()).isEqualTo(2);
        assertThat(program.err())
                .isEqualTo("bansos: --program must be a programme code such as PKH or SEMBAKO, got \"P K H\"\n");
        assertThat(backwards.exit()).isEqualTo(2);
        assertThat(backwards.err()).isEqualTo("bansos: --to must not be before --from 2020-01-01, got 2019-12-31\n");
    }

    @Test
    void table_inIndonesian_byDefault(@TempDir Path dir) throws Exception {
        CliRun run = report(dir);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                        wilayah  aktif 2020-01-01  aktif 2020-06-30  GRAD_SEJAHTERA  PINDAH  jumlah
                        52.01                   1                 1               0       1       1
                        52.08                   2                 1               1       0       1
                        jumlah                  3                 2               1       1       2
                        """);
    }

    @Test
    void table_groupsItsCountsInTheLanguagesNumberFormat_andCsvKeepsDigits(@TempDir Path dir) throws Exception {
        // 1200 more families active in 52.08 through the period: 52.08 has 2 + 1200 active on the first
        // day and 1 + 1200 on the last; the totals are 1203 and 1202.
        StringBuilder more = new StringBuilder(REGISTER);
        for (int i = 0; i < 1200; i++) {
            more.append("{\"household_id\":\"M")
                    .append(i)
                    .append("\",\"program\":\"PKH\",\"since\":\"2019-01-01\",\"status\":\"ACTIVE\",")
                    .append("\"region\":\"52.08.02.2003\"}\n");
        }
        Path register = Files.writeString(dir.resolve("besar.jsonl"), more);
        String[] base = {"report", "--enrollments", register.toString(), "--from", "2020-01-01", "--to", "2020-06-30"};

        CliRun id = CliRun.of(base);
        CliRun en = CliRun.of(concat(base, "--lang", "en"));
        CliRun csv = CliRun.of(concat(base, "--format", "csv"));

        assertThat(id.exit()).as(id.err()).isZero();
        assertThat(words(id.out(), 2)).containsExactly("52.08", "1.202", "1.201", "1", "0", "1");
        assertThat(words(id.out(), 3)).containsExactly("jumlah", "1.203", "1.202", "1", "1", "2");
        assertThat(words(en.out(), 3)).containsExactly("total", "1,203", "1,202", "1", "1", "2");
        assertThat(csv.out().lines().toList()).contains("52.08;1202;1201;1;0;1", "jumlah;1203;1202;1;1;2");
    }

    private static List<String> words(String table, int line) {
        return List.of(table.lines().toList().get(line).trim().split(" +"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
