package id.bansos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bansos payments} on hand-worked families (POLICY-V2). SD index: 1.125.000 from 2020-04 to
 * 2020-12 (paid monthly: ÷ 12 = 93.750), 900.000 in 2024 (paid by tahap: ÷ 4 = 225.000).
 */
class PaymentsCommandTest {
    // P: an SD child, region 52.08.01 -> PAY. Q: the same, but suspended in the register -> SUSPENDED.
    // N: no component (two adults) -> NOT_ELIGIBLE. "=X1": an SD child in 52.08.02, an id that starts a formula.
    private static final String HOUSEHOLDS = """
            {"id":"P","kk_number":"5208012001160001","region":"52.08.01.2001","desil":1,"members":[\
            {"nik":"5208012009873561","name":"A","sex":"MALE","birth_date":"1987-09-20","relationship":"HEAD"},\
            {"nik":"5208011208113073","name":"B","sex":"MALE","birth_date":"2011-08-12","relationship":"CHILD",\
            "school_level":"SD"}]}
            {"id":"Q","kk_number":"5208012001160002","region":"52.08.01.2002","desil":1,"members":[\
            {"nik":"5208012009873562","name":"C","sex":"MALE","birth_date":"1987-09-20","relationship":"HEAD"},\
            {"nik":"5208011208113074","name":"D","sex":"MALE","birth_date":"2011-08-12","relationship":"CHILD",\
            "school_level":"SD"}]}
            {"id":"N","kk_number":"5208012001160003","region":"52.08.01.2003","desil":1,"members":[\
            {"nik":"5208012009873563","name":"E","sex":"MALE","birth_date":"1987-09-20","relationship":"HEAD"}]}
            {"id":"=X1","kk_number":"5208022001160004","region":"52.08.02.2001","desil":1,"members":[\
            {"nik":"5208022009873564","name":"F","sex":"MALE","birth_date":"1987-09-20","relationship":"HEAD"},\
            {"nik":"5208021208113075","name":"G","sex":"MALE","birth_date":"2011-08-12","relationship":"CHILD",\
            "school_level":"SD"}]}
            """;
    private static final String ENROLMENTS = """
            {"household_id":"P","program":"PKH","since":"2019-07-01","status":"ACTIVE","region":"52.08.01.2001"}
            {"household_id":"Q","program":"PKH","since":"2019-07-01","status":"SUSPENDED","region":"52.08.01.2002"}
            {"household_id":"N","program":"PKH","since":"2019-07-01","status":"ACTIVE","region":"52.08.01.2003"}
            {"household_id":"=X1","program":"PKH","since":"2019-07-01","status":"ACTIVE","region":"52.08.02.2001"}
            """;

    private static CliRun payments(Path dir, String period, String... more) throws Exception {
        Path households = dir.resolve("households.jsonl");
        Path enrolments = dir.resolve("enrolments.jsonl");
        Files.writeString(households, HOUSEHOLDS);
        Files.writeString(enrolments, ENROLMENTS);
        String[] args = {
            "payments",
            "--program",
            "PKH",
            "--period",
            period,
            "--enrollments",
            enrolments.toString(),
            households.toString()
        };
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void aMonthOf2020_paysAMonthlyTwelfth_theSuspendedAndIneligibleGetZero(@TempDir Path dir) throws Exception {
        CliRun run = payments(dir, "2020-06", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .containsExactly(
                        "{\"household_id\":\"P\",\"region\":\"52.08.01.2001\",\"status\":\"PAY\",\"amount\":93750,"
                                + "\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"MEMENUHI_KOMPONEN\",\"JUMLAH_BANTUAN\"]}",
                        "{\"household_id\":\"Q\",\"region\":\"52.08.01.2002\",\"status\":\"SUSPENDED\",\"amount\":0,"
                                + "\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"MEMENUHI_KOMPONEN\",\"JUMLAH_BANTUAN\"],"
                                + "\"held_by\":\"ENROLLMENT\"}",
                        "{\"household_id\":\"N\",\"region\":\"52.08.01.2003\",\"status\":\"NOT_ELIGIBLE\",\"amount\":0,"
                                + "\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"TIDAK_ADA_KOMPONEN\"]}",
                        "{\"household_id\":\"=X1\",\"region\":\"52.08.02.2001\",\"status\":\"PAY\",\"amount\":93750,"
                                + "\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"MEMENUHI_KOMPONEN\",\"JUMLAH_BANTUAN\"]}");
        // 93.750 + 93.750 = 187.500 over 4 enrolled, 2 paid, 1 suspended, 1 not eligible.
        assertThat(run.err()).contains("  total: 4, 2, 1, 1, Rp187,500");
    }

    @Test
    void aTahapOf2024_forTheSameFamily_paysAQuarter_andTheRegionTotalsAddUp(@TempDir Path dir) throws Exception {
        Path summary = dir.resolve("totals.json");

        CliRun run = payments(dir, "2024-III", "--summary", summary.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("{\"household_id\":\"P\",\"region\":\"52.08.01.2001\",\"status\":\"PAY\",\"amount\":225000");
        // 225.000 (P) + 225.000 (=X1) = 450.000 = the sum of the region amounts.
        assertThat(Files.readString(summary))
                .startsWith("{\"program\":\"PKH\",\"first_day\":\"2024-07-01\",\"regions\":[")
                .contains("{\"region\":\"52.08.02.2001\",\"enrolled\":1,\"pay\":1,\"suspended\":0,\"not_eligible\":0,"
                        + "\"amount\":225000}")
                .endsWith("],\"enrolled\":4,\"pay\":2,\"suspended\":1,\"not_eligible\":1,\"amount\":450000}\n");
    }

    @Test
    void aPeriodOfTheWrongKind_isExit2(@TempDir Path dir) throws Exception {
        CliRun monthIn2024 = payments(dir, "2024-07", "--lang", "en");
        CliRun tahapIn2020 = payments(dir, "2020-III", "--lang", "en");

        assertThat(monthIn2024.exit()).isEqualTo(2);
        assertThat(monthIn2024.err())
                .contains("--period 2024-07 does not match the payment schedule TAHAP in force on 2024-07-01");
        assertThat(tahapIn2020.exit()).isEqualTo(2);
        assertThat(tahapIn2020.err()).contains("MONTHLY in force on 2020-07-01");
        assertThat(payments(dir, "2024-V").exit()).isEqualTo(2);
    }

    @Test
    void csv_inIndonesian_usesSemicolons_andEscapesAnIdThatStartsAFormula(@TempDir Path dir) throws Exception {
        CliRun run = payments(dir, "2024-III", "--format", "csv");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().toList())
                .startsWith("household_id;region;status;amount;reasons;held_by")
                .contains("'=X1;52.08.02.2001;PAY;225000;TIDAK_DIKECUALIKAN MEMENUHI_KOMPONEN JUMLAH_BANTUAN;")
                .contains("Q;52.08.01.2002;SUSPENDED;0;TIDAK_DIKECUALIKAN MEMENUHI_KOMPONEN JUMLAH_BANTUAN;ENROLLMENT");
    }

    @Test
    void commitmentsThatSuspend_holdThePayment(@TempDir Path dir) throws Exception {
        // P misses its P2K2 session in 2024-I and II (0 of 1 < 1): two failures, a suspension.
        Path records = dir.resolve("commitments.jsonl");
        Files.writeString(records, """
                {"household_id":"P","tahap":"2024-I","checks":[{"kind":"P2K2","scheduled":1,"attended":0}]}
                {"household_id":"P","tahap":"2024-II","checks":[{"kind":"P2K2","scheduled":1,"attended":0}]}
                """);

        CliRun run = payments(dir, "2024-III", "--commitments", records.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("{\"household_id\":\"P\",\"region\":\"52.08.01.2001\",\"status\":\"SUSPENDED\","
                        + "\"amount\":0,\"reasons\":[\"TIDAK_DIKECUALIKAN\",\"MEMENUHI_KOMPONEN\",\"JUMLAH_BANTUAN\"],"
                        + "\"held_by\":\"COMMITMENT_SUSPENSION\"}");
    }
}
