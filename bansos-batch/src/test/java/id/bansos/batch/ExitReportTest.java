package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.id.RegionCode;
import id.bansos.model.id.RegionLevel;
import id.bansos.model.program.Program;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExitReportTest {
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 6, 30);

    // A: exit in the period; B: active throughout; C: exit on the last day (still active on it);
    // D: exited before the period (not counted at all); E: exits after the period; F: no region;
    // G: another programme; H: a province-level code, exit on the first day.
    private static final String REGISTER = """
            {"household_id":"A","program":"PKH","since":"2018-02-01","status":"GRADUATED",\
            "exit_reason":"GRAD_SEJAHTERA","exit_date":"2020-03-15","region":"52.08.01.2001"}
            {"household_id":"B","program":"PKH","since":"2019-01-01","status":"ACTIVE","region":"52.08.02.2003"}
            {"household_id":"C","program":"PKH","since":"2017-01-01","status":"TERMINATED",\
            "exit_reason":"PINDAH","exit_date":"2020-06-30","region":"52.01.01.2001"}
            {"household_id":"D","program":"PKH","since":"2016-01-01","status":"GRADUATED",\
            "exit_reason":"GRAD_MANDIRI","exit_date":"2019-12-31","region":"52.01.03.2002"}
            {"household_id":"E","program":"PKH","since":"2016-01-01","status":"GRADUATED",\
            "exit_reason":"GRAD_MANDIRI","exit_date":"2020-07-01","region":"52.01.03.2002"}
            {"household_id":"F","program":"PKH","since":"2020-02-01","status":"GRADUATED",\
            "exit_reason":"GRAD_MANDIRI","exit_date":"2020-05-01"}
            {"household_id":"G","program":"SEMBAKO","since":"2018-01-01","status":"GRADUATED",\
            "exit_reason":"GRAD_SEJAHTERA","exit_date":"2020-03-01","region":"52.08.01.2001"}
            {"household_id":"H","program":"PKH","since":"2018-01-01","status":"TERMINATED",\
            "exit_reason":"MENOLAK","exit_date":"2020-01-01","region":"52"}
            {"household_id":"I","program":"PKH","since":"2018-13-01","status":"ACTIVE"}
            """;

    private static ExitReport report(Optional<Program> program) throws IOException {
        ExitReport r = ExitReport.of(FROM, TO, program, RegionLevel.REGENCY);
        List<Reject> rejects = new ArrayList<>();
        long rejected = r.read(
                new ByteArrayInputStream(REGISTER.getBytes(StandardCharsets.UTF_8)),
                "e.jsonl",
                ReadLimits.defaults(),
                rejects::add);
        assertThat(rejected).isEqualTo(1);
        assertThat(rejects.get(0).line()).isEqualTo(9);
        return r;
    }

    private static SortedMap<String, Long> counts(Object... pairs) {
        TreeMap<String, Long> m = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void everyExitIsCountedOnce_inItsPeriodAndRegion() throws IOException {
        ExitReport r = report(Optional.of(Program.PKH));

        assertThat(r.regions())
                .containsExactly(
                        new ExitReport.Row(Optional.of(RegionCode.parse("52")), 1, 0, counts("MENOLAK", 1), 1),
                        new ExitReport.Row(Optional.of(RegionCode.parse("52.01")), 2, 2, counts("PINDAH", 1), 1),
                        new ExitReport.Row(
                                Optional.of(RegionCode.parse("52.08")), 2, 1, counts("GRAD_SEJAHTERA", 1), 1),
                        new ExitReport.Row(Optional.empty(), 0, 0, counts("GRAD_MANDIRI", 1), 1));
        assertThat(r.exits()).isEqualTo(counts("GRAD_MANDIRI", 1, "GRAD_SEJAHTERA", 1, "MENOLAK", 1, "PINDAH", 1));
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.regions().stream().mapToLong(ExitReport.Row::total).sum()).isEqualTo(r.total());
    }

    @Test
    void withoutAProgramme_everyProgrammeCounts() throws IOException {
        ExitReport r = report(Optional.empty());

        // G (SEMBAKO, 52.08.01.2001, GRAD_SEJAHTERA on 2020-03-01) joins 52.08.
        assertThat(r.regions().get(2))
                .isEqualTo(new ExitReport.Row(
                        Optional.of(RegionCode.parse("52.08")), 3, 1, counts("GRAD_SEJAHTERA", 2), 2));
        assertThat(r.total()).isEqualTo(5);
    }

    @Test
    void byVillage_keepsTheVillage_andByProvince_mergesEverything() {
        var e = id.bansos.model.program.Enrollment.builder()
                .householdId("A")
                .program(Program.PKH)
                .since(FROM)
                .status(id.bansos.model.program.EnrollmentStatus.ACTIVE)
                .region(RegionCode.parse("52.08.01.2001"))
                .build();
        ExitReport village = ExitReport.of(FROM, TO, Optional.empty(), RegionLevel.VILLAGE);
        village.add(e);
        ExitReport province = ExitReport.of(FROM, TO, Optional.empty(), RegionLevel.PROVINCE);
        province.add(e);

        assertThat(village.regions().get(0).region()).contains(RegionCode.parse("52.08.01.2001"));
        assertThat(province.regions().get(0).region()).contains(RegionCode.parse("52"));
        assertThat(province.regions().get(0).exits()).isEqualTo(Map.of());
    }

    @Test
    void aPeriodEndingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> ExitReport.of(TO, FROM, Optional.empty(), RegionLevel.REGENCY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to");
    }
}
