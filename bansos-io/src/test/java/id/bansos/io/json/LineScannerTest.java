package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineScannerTest {
    private static List<String> lines(byte[] content, int max) throws IOException {
        return lines(new ByteArrayInputStream(content), max);
    }

    private static List<String> lines(InputStream in, int max) throws IOException {
        LineScanner scanner = new LineScanner(in, max);
        List<String> out = new ArrayList<>();
        while (scanner.next()) {
            String text = scanner.tooLong()
                    ? "<too long>"
                    : new String(scanner.buffer(), 0, scanner.length(), StandardCharsets.UTF_8);
            out.add(scanner.lineNumber() + ":" + text + (scanner.isBlank() && !scanner.tooLong() ? " (blank)" : ""));
        }
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void next_splitsAtLf_andDropsCrBeforeIt() throws IOException {
        assertThat(lines(utf8("a\r\nb\n\nc\r\r\nd"), 100)).containsExactly("1:a", "2:b", "3: (blank)", "4:c\r", "5:d");
    }

    @Test
    void next_emptyInput_hasNoLines() throws IOException {
        assertThat(lines(new byte[0], 10)).isEmpty();
        assertThat(lines(utf8("\n"), 10)).containsExactly("1: (blank)");
    }

    @Test
    void next_dropsAByteOrderMarkAtTheStartOnly() throws IOException {
        assertThat(lines(utf8("\uFEFFa\n\uFEFFb"), 10)).containsExactly("1:a", "2:\uFEFFb");
        assertThat(lines(utf8("\uFEFF"), 10)).isEmpty();
    }

    @Test
    void next_lineOverTheLimit_isSkippedWholeAndCountedAsOne() throws IOException {
        assertThat(lines(utf8("12345\n123456\r\n1234\n12345\r\n"), 5))
                .containsExactly("1:12345", "2:<too long>", "3:1234", "4:12345");
    }

    @Test
    void next_longLinesAcrossManyChunks_keepMemoryAtTheLimit() throws IOException {
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] content = new byte[big.length * 2 + 4];
        System.arraycopy(big, 0, content, 0, big.length);
        content[big.length] = '\n';
        content[big.length + 1] = 'y';
        content[big.length + 2] = '\n';
        System.arraycopy(big, 0, content, big.length + 3, big.length);
        content[content.length - 1] = '\n';
        LineScanner scanner = new LineScanner(new ByteArrayInputStream(content), 100_000);
        List<String> seen = new ArrayList<>();
        while (scanner.next()) {
            seen.add(
                    scanner.tooLong()
                            ? "long"
                            : new String(scanner.buffer(), 0, scanner.length(), StandardCharsets.UTF_8));
            assertThat(scanner.buffer().length).isLessThanOrEqualTo(100_001);
        }
        assertThat(seen).containsExactly("long", "y", "long");
    }

    @Test
    void next_readsAStreamThatGivesOneByteAtATime() throws IOException {
        InputStream trickle = new ByteArrayInputStream(utf8("\uFEFFab\r\ncd")) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        assertThat(lines(trickle, 10)).containsExactly("1:ab", "2:cd");
    }
}
