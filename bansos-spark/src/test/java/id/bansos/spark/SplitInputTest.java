package id.bansos.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every line of a file is read by exactly one split, whole, whatever the split size. */
class SplitInputTest {
    @TempDir
    Path dir;

    @Test
    void splitsOfEverySizeReadEachLineOnceAndCountTheirLineEnds() throws IOException {
        // Lines of 0 to 9 bytes, a CRLF, and a last line without a line end.
        String text = "a\n\nbb\r\nccc\n\n\ndddddddddd\ne\nlast";
        Path file = dir.resolve("f.jsonl");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FileSystem fs = FileSystem.getLocal(new Configuration(false));
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
        long length = text.length();
        for (long size = 1; size <= length + 1; size++) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            long lineEnds = 0;
            for (Split s : SparkEvaluation.splits(path.toString(), length, size)) {
                try (SplitInput in = SplitInput.open(fs.open(path), s.start(), s.end())) {
                    transfer(in, all);
                    lineEnds += in.lineEnds();
                }
            }
            assertThat(all.toString(StandardCharsets.UTF_8))
                    .as("split size %d", size)
                    .isEqualTo(text);
            // Eight line ends in the text, each counted by the split that owns its line.
            assertThat(lineEnds).as("split size %d", size).isEqualTo(8);
        }
    }

    @Test
    void aSplitInsideOneLongLineOwnsNothing() throws IOException {
        Path file = dir.resolve("f.jsonl");
        Files.writeString(file, "0123456789\nx\n", StandardCharsets.UTF_8);
        FileSystem fs = FileSystem.getLocal(new Configuration(false));
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
        try (SplitInput in = SplitInput.open(fs.open(path), 3, 6)) {
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.lineEnds()).isZero();
        }
        // The split that starts right after a line end owns the next line.
        try (SplitInput in = SplitInput.open(fs.open(path), 11, 13)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transfer(in, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("x\n");
        }
    }

    @Test
    void anEmptyFileIsOneEmptySplit() {
        assertThat(SparkEvaluation.splits("f", 0, 100)).isEqualTo(List.of(new Split(0, "f", 0, 0)));
    }

    private static void transfer(InputStream in, ByteArrayOutputStream out) throws IOException {
        // Small reads, so that a split's end falls inside a read as well as between reads.
        byte[] buffer = new byte[3];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
        }
    }
}
