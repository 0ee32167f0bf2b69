package id.bansos.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionLevelTest {
    @Test
    void values_runFromTheTopDown() {
        // RegionCode.ancestor and compareTo rely on this order
        assertThat(RegionLevel.values())
                .containsExactly(RegionLevel.PROVINCE, RegionLevel.REGENCY, RegionLevel.DISTRICT, RegionLevel.VILLAGE);
    }

    @Test
    void digitCount_isTwoPerLevelAndFourForTheVillage() {
        assertThat(RegionLevel.PROVINCE.digitCount()).isEqualTo(2);
        assertThat(RegionLevel.REGENCY.digitCount()).isEqualTo(4);
        assertThat(RegionLevel.DISTRICT.digitCount()).isEqualTo(6);
        assertThat(RegionLevel.VILLAGE.digitCount()).isEqualTo(10);
    }
}
