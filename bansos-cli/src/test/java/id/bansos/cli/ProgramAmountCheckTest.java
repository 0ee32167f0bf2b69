package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A programme whose amount is {@code 100000 - household.members.size() * 60000} (PROGRAMS-V1: an
 * amount must be an int of 0 or more): a household of one gets 100.000 − 60.000 = Rp40.000 a month
 * (Rp480.000 a year); one of two would get −20.000, so it is a reject naming the programme and the
 * rule {@code daerah_x.amount}, and the run goes on to exit 3.
 */
class ProgramAmountCheckTest {
    @TempDir
    Path dir;

    /** The programme of bansos-programs' tests whose amount is 100000 − 60000 per member. */
    static final String SHRINKING = "../bansos-programs/src/test/resources/id/bansos/programs/shrinking.yaml";

    private Path families() throws IOException {
        Path file = dir.resolve("families.jsonl");
        Files.writeString(file, """
                {"id":"D-1","region":"52.08.01.2001","members":[{"nik":"5208010101800001","sex":"MALE","birth_date":"1980-01-01","relationship":"HEAD"}]}
                {"id":"D-2","region":"52.08.01.2001","members":[{"nik":"5208010101800002","sex":"MALE","birth_date":"1980-01-01","relationship":"HEAD"},{"nik":"5208010101050003","sex":"MALE","birth_date":"2005-01-01","relationship":"CHILD"}]}
                {"id":"D-3","region":"52.08.01.2001","members":[{"nik":"5208010101800004","sex":"MALE","birth_date":"1980-01-01","relationship":"HEAD"}]}
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs a command on the programme DAERAH_X as of 2024-03-01 in a language, INPUT last. */
    private CliRun run(String command, String lang, String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                command, "--programs", SHRINKING, "--program", "DAERAH_X", "--as-of", "2024-03-01", "--lang", lang));
        args.addAll(List.of(more));
        args.add(families().toString());
        return CliRun.of(args.toArray(new String[0]));
    }

    @Test
    void negativeAmount_isARejectOfThatHousehold_andTheBatchGoesOn() throws IOException {
        CliRun run = run("evaluate", "en");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        List<String> decisions = run.out().lines().toList();
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0))
                .contains("\"household_id\":\"D-1\"")
                .contains("\"amount_per_payment\":40000")
                .contains("\"annual_amount\":480000");
        assertThat(decisions.get(1)).contains("\"household_id\":\"D-3\"").contains("\"amount_per_payment\":40000");
        assertThat(run.err())
                .contains("\"line\":2")
                .contains("\"household_id\":\"D-2\"")
                .contains("household D-2: programme DAERAH_X, rule daerah_x.amount: amount_per_payment must give a"
                        + " whole number of Rupiah, 0 or more, got -20000");
    }

    @Test
    void negativeAmount_rejectSpeaksIndonesianByDefault() throws IOException {
        CliRun run = run("evaluate", "id");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err())
                .contains("keluarga D-2: program DAERAH_X, aturan daerah_x.amount: amount_per_payment harus memberi"
                        + " bilangan bulat Rupiah, 0 atau lebih, didapat -20000");
    }

    @Test
    void explain_ofTheUndecidableHousehold_printsItsReject_exit3() throws IOException {
        CliRun run = run("explain", "en", "--household", "D-2");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("rule daerah_x.amount").contains("got -20000");
    }
}
