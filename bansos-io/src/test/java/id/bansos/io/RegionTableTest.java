package id.bansos.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.id.RegionCode;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RegionTableTest {
    @Test
    void read_acceptsHeaderAndCodesWithOrWithoutDots() throws Exception {
        RegionTable t = RegionTable.read(
                new StringReader("code,name\n52.08,Lombok Utara\n520801,Tanjung\n5208012001,Sokong\n"), "regions.csv");
        assertThat(t.name(RegionCode.parse("52.08.01"))).contains("Tanjung");
        assertThat(t.contains(RegionCode.parse("52.08.01.2001"))).isTrue();
        assertThat(t.contains(RegionCode.parse("52.08.01.2002"))).isFalse();
        assertThat(t.names()).hasSize(3);
    }

    @Test
    void read_rejectsBadCodeWithLine() {
        assertThatThrownBy(() -> RegionTable.read(new StringReader("52.08,Lombok Utara\n52.8,X\n"), "regions.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "regions.csv:2:1: code: region code must be 2, 4, 6 or 10 digits (PP.KK.CC.DDDD), got \"52.8\"");
    }

    @Test
    void read_rejectsRepeatedCode() {
        assertThatThrownBy(() -> RegionTable.read(new StringReader("52.08,A\n5208,B\n"), "r.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("r.csv:2:1: code: region code 52.08 appears twice");
    }

    @Test
    void read_rejectsRowWithoutName() {
        assertThatThrownBy(() -> RegionTable.read(new StringReader("52.08\n"), "r.csv"))
                .isInstanceOf(InputException.class)
                .hasMessage("r.csv:1: name: a region row must be code,name");
    }
}
