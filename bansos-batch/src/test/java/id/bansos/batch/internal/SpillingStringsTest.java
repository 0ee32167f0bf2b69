package id.bansos.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import id.bansos.batch.IndexMemory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingStringsTest {
    @TempDir
    static Path tmp;

    /** A string of n characters, some of them two, three or four bytes in UTF-8. */
    private static String text(int n, int seed) {
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"K", "é", "ก", "\uD83D\uDE00", "-", "7"};
        for (int i = 0; i < n; i++) {
            sb.append(pieces[(seed + i) % pieces.length]);
        }
        return sb.toString();
    }

    private static List<String> readAll(SpillingStrings log) throws IOException {
        List<String> out = new ArrayList<>();
        try (SpillingStrings.Reader r = log.reader()) {
            for (long i = 0; i < log.size(); i++) {
                out.add(r.next());
            }
        }
        return out;
    }

    @Test
    void readerGivesBackEveryStringInOrder_inMemoryAndSpilled() {
        qt().withFixedSeed(20261122L)
                .withExamples(100)
                .forAll(lists().of(integers().between(0, 400)).ofSizeBetween(0, 200))
                .checkAssert(lengths -> {
                    List<String> strings = new ArrayList<>();
                    for (int i = 0; i < lengths.size(); i++) {
                        strings.add(text(lengths.get(i), i));
                    }
                    for (long budget : new long[] {Long.MAX_VALUE, 600, 1}) {
                        try (SpillingStrings log = SpillingStrings.create(IndexMemory.builder()
                                .bytesPerTable(budget)
                                .directory(tmp)
                                .build())) {
                            for (String s : strings) {
                                log.append(s);
                            }
                            assertThat(readAll(log)).as("budget %d", budget).isEqualTo(strings);
                            assertThat(readAll(log)).as("read again").isEqualTo(strings);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
    }

    @Test
    void longStrings_takeTwoAndThreeLengthBytes_andStillRoundTrip() throws IOException {
        List<String> strings = List.of(text(127, 0), "x".repeat(128), "y".repeat(16_383), "z".repeat(16_384), "");
        try (SpillingStrings log = SpillingStrings.create(
                IndexMemory.builder().bytesPerTable(1000).directory(tmp).build())) {
            for (String s : strings) {
                log.append(s);
            }
            assertThat(log.spilled()).isTrue();
            assertThat(readAll(log)).isEqualTo(strings);
        }
    }

    @Test
    void withinTheBudget_nothingIsWritten(@TempDir Path dir) throws IOException {
        try (SpillingStrings log =
                SpillingStrings.create(IndexMemory.builder().directory(dir).build())) {
            for (int i = 0; i < 10_000; i++) {
                log.append("KLU-" + i);
            }
            assertThat(log.spilled()).isFalse();
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void pastTheBudget_theOldestChunksGoToOneFile_deletedByClose(@TempDir Path dir) throws IOException {
        // A budget of 1,000 bytes makes chunks of 500: 100 ids of 13 bytes fill three.
        SpillingStrings log = SpillingStrings.create(
                IndexMemory.builder().bytesPerTable(1000).directory(dir).build());
        for (int i = 0; i < 100; i++) {
            log.append(String.format(java.util.Locale.ROOT, "KLU-%08d", i));
        }
        assertThat(log.spilled()).isTrue();
        // In a directory of their own (see TempFiles).
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
        List<String> back = readAll(log);
        assertThat(back).hasSize(100);
        assertThat(back.get(0)).isEqualTo("KLU-00000000");
        assertThat(back.get(99)).isEqualTo("KLU-00000099");

        log.close();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThatThrownBy(() -> log.append("KLU-1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the log is closed");
        assertThatThrownBy(log::reader)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the log is closed");
    }

    @Test
    void next_pastTheLastString_fails_andAppend_afterReading_fails() throws IOException {
        try (SpillingStrings log = SpillingStrings.create(IndexMemory.defaults())) {
            log.append("A");
            try (SpillingStrings.Reader r = log.reader()) {
                assertThat(r.next()).isEqualTo("A");
                assertThatThrownBy(r::next)
                        .isInstanceOf(NoSuchElementException.class)
                        .hasMessage("all 1 strings were read");
            }
            assertThatThrownBy(() -> log.append("B"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("the log was already read");
        }
        assertThatThrownBy(() -> SpillingStrings.create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("memory must not be null");
    }
}
