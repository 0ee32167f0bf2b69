package id.bansos.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A Dataset's rows read as the lines of a file. */
class RowInputTest {
    @Test
    void rowsBecomeLinesAndTheirLineFeedsAreCounted() throws IOException {
        // "é" is two bytes in UTF-8; a null row is a blank line; a row with a line feed is two lines.
        RowInput in =
                new RowInput(Arrays.asList("{\"a\":\"é\"}", null, "", "x\ny").iterator());

        byte[] all = in.readAllBytes();

        assertThat(new String(all, StandardCharsets.UTF_8)).isEqualTo("{\"a\":\"é\"}\n\n\nx\ny\n");
        assertThat(all).hasSize(11 + 1 + 1 + 4);
        assertThat(in.lineEnds()).isEqualTo(5);
        assertThat(in.read()).isEqualTo(-1);
    }

    @Test
    void readsInPiecesSmallerThanARow() throws IOException {
        RowInput in = new RowInput(Arrays.asList("abc", "de").iterator());
        byte[] two = new byte[2];

        assertThat(in.read(two, 0, 2)).isEqualTo(2);
        assertThat(new String(two, StandardCharsets.UTF_8)).isEqualTo("ab");
        assertThat(in.lineEnds()).isZero();
        assertThat(in.read(two, 0, 2)).isEqualTo(2);
        assertThat(new String(two, StandardCharsets.UTF_8)).isEqualTo("c\n");
        assertThat(in.lineEnds()).isEqualTo(1);
        assertThat(in.read()).isEqualTo('d');
    }
}
