package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.ReadLimits;
import id.bansos.io.Reject;
import id.bansos.model.Household;
import id.bansos.rules.Families;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {
    private static final String HEAD = "{\"nik\":\"5208011207850001\",\"sex\":\"MALE\",\"birth_date\":\"1985-07-12\","
            + "\"relationship\":\"HEAD\"}";

    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "]}";
    }

    private static List<String> ids(Roster roster) throws IOException {
        List<String> ids = new ArrayList<>();
        roster.forEach(h -> ids.add(h.id()));
        return ids;
    }

    @Test
    void ofIterable_handsOutTheHouseholdsOnEveryPass() throws IOException {
        Roster r = Roster.of(
                List.of(Families.single("A", Families.TANJUNG, 1), Families.single("B", Families.TANJUNG, 1)));

        assertThat(ids(r)).containsExactly("A", "B");
        assertThat(ids(r)).containsExactly("A", "B");
    }

    @Test
    void ofIterable_rejectsNullElements() {
        Roster r = Roster.of(Arrays.asList((Household) null));
        assertThatThrownBy(() -> r.forEach(h -> {}))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("households element must not be null");
    }

    @Test
    void ofFile_leavesRejectsOut_reportsThemOnce_andRejectsRepeatedIds() throws IOException {
        String content = String.join("\n", line("A"), "{\"id\":\"BAD\"}", line("C"), line("A"), line("D")) + "\n";
        List<Reject> rejects = new ArrayList<>();
        Roster r = Roster.of(
                HouseholdSource.of("roster.jsonl", HouseholdFormat.JSONL, content.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults(),
                rejects::add);

        assertThat(ids(r)).containsExactly("C", "D");
        assertThat(ids(r)).containsExactly("C", "D");
        // A twice (lines 1 and 4) and the bad line 2, reported on the first pass only.
        assertThat(rejects).extracting(Reject::line).containsExactly(1L, 2L, 4L);
    }

    @Test
    void ofFileAsOf_rejectsAHouseholdWithAMemberBornAfterTheDate_once() throws IOException {
        // B's second member is born 2025-06-02, the day after the date: B cannot be decided then.
        String baby = "{\"nik\":\"5208010206250002\",\"sex\":\"MALE\",\"birth_date\":\"2025-06-02\","
                + "\"relationship\":\"CHILD\"}";
        String b = "{\"id\":\"B\",\"region\":\"52.08.01.2001\",\"members\":[" + HEAD + "," + baby + "]}";
        String content = String.join("\n", line("A"), b, line("C")) + "\n";
        List<Reject> rejects = new ArrayList<>();
        Roster r = Roster.of(
                HouseholdSource.of("roster.jsonl", HouseholdFormat.JSONL, content.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults(),
                java.time.LocalDate.of(2025, 6, 1),
                rejects::add);

        assertThat(ids(r)).containsExactly("A", "C");
        assertThat(ids(r)).containsExactly("A", "C");
        assertThat(rejects).extracting(Reject::line).containsExactly(2L);
        assertThat(rejects.get(0).error())
                .contains("household B")
                .contains("birth_date")
                .contains("member 1 is born after the date of evaluation 2025-06-01")
                .doesNotContain("2025-06-02")
                .doesNotContain("5208010206250002");
    }
}
