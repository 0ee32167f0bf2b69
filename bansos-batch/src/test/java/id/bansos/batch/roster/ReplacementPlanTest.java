package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.id.RegionCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplacementPlanTest {
    private static final RegionCode TANJUNG = RegionCode.parse("52.08.01");
    private static final RegionCode GANGGA = RegionCode.parse("52.08.02");

    @Test
    void unfilledPlacesAndProposals_mustAddUpToEachQuota() {
        assertThatThrownBy(() -> new ReplacementPlan(Map.of(TANJUNG, 2), List.of(), List.of(), Map.of(TANJUNG, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unfilled of 52.08.01 must be its quota 2 less its 0 proposals, got 1");
        assertThatThrownBy(() -> new ReplacementPlan(Map.of(TANJUNG, 2), List.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unfilled of 52.08.01 must be its quota 2 less its 0 proposals, got -1");
    }

    @Test
    void theMapsAreKeptInRegionOrder() {
        ReplacementPlan p =
                new ReplacementPlan(Map.of(GANGGA, 1, TANJUNG, 2), List.of(), List.of(), Map.of(TANJUNG, 2, GANGGA, 1));

        assertThat(p.quotas().keySet()).containsExactly(TANJUNG, GANGGA);
        assertThat(p.unfilled().keySet()).containsExactly(TANJUNG, GANGGA);
    }
}
