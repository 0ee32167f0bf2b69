package id.bansos.io.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a valid input file into a hostile one, reproducibly: mutant {@code i} of a run with seed
 * {@code s} is always the same bytes. Test code, not a fuzzing engine: each mutant is one to three
 * operations drawn from byte flips, insertions, deletions, truncations, duplicated, swapped and
 * dropped lines, shifted fields, huge numbers, deep nesting, very long lines, control characters,
 * byte-order marks, invalid UTF-8, another encoding and swapped values.
 */
public final class Mutator {
    /** The kind of text being mutated, for the operations that depend on it. */
    public enum Dialect {
        /** One JSON document. */
        JSON,
        /** JSON Lines. */
        JSONL,
        /** A CSV roster. */
        CSV,
        /** A YAML file. */
        YAML
    }

    /** A mutant and the operations that made it, for the failure message. */
    public static final class Mutant {
        private final byte[] bytes;
        private final String operations;

        Mutant(byte[] bytes, String operations) {
            this.bytes = bytes;
            this.operations = operations;
        }

        /**
         * The mutant's bytes.
         *
         * @return the bytes, not a copy
         */
        public byte[] bytes() {
            return bytes;
        }

        /**
         * The operations that made it.
         *
         * @return e.g. {@code bit flip, line deleted}
         */
        public String operations() {
            return operations;
        }
    }

    private static final int OPERATIONS = 19;
    private static final String[] CONTROLS = {
        "\u0000", "\u001b[2J", "\u001b]0;x\u0007", "\r", "\t", "\u0085", "\u2028", "\u007f", "\b", "\f", "\u000b"
    };
    private static final String[] NUMBERS = {
        "9".repeat(400),
        "-9223372036854775809",
        "9223372036854775808",
        "9223372036854775807",
        "2147483648",
        "1e999999",
        "1E+2147483648",
        "-0",
        "0.0000001",
        "4.5",
        "0x1F",
        "NaN",
        "-Infinity",
        "00000000000000000000000000001"
    };
    private static final String[] VALUES = {
        "null", "true", "false", "\"\"", "{}", "[]", "-1", "0", "\"\\u0000\"", "\" \"", "~", "\"null\"", "\"\\ud800\""
    };
    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC3, 0x28},
        {(byte) 0xFF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0x80}
    };
    private static final byte[][] BOMS = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
    };

    private Mutator() {}

    /**
     * Makes one mutant.
     *
     * @param seed the valid file, not changed
     * @param dialect its kind
     * @param runSeed the seed of the run
     * @param index the mutant's index in the run
     * @return the mutant
     */
    public static Mutant mutant(byte[] seed, Dialect dialect, long runSeed, int index) {
        SplittableRandom random = new SplittableRandom(runSeed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        int count = 1 + random.nextInt(3);
        byte[] bytes = seed;
        List<String> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int op = random.nextInt(OPERATIONS);
            bytes = apply(op, bytes, dialect, random);
            done.add(NAMES[op]);
        }
        return new Mutant(bytes, String.join(", ", done));
    }

    private static final String[] NAMES = {
        "bit flip",
        "byte set",
        "bytes inserted",
        "bytes deleted",
        "truncated",
        "line duplicated",
        "lines swapped",
        "line deleted",
        "field shifted",
        "huge number",
        "deep nesting",
        "very long line",
        "control character",
        "byte-order mark",
        "invalid UTF-8",
        "re-encoded",
        "value replaced",
        "line ends changed",
        "lines joined"
    };

    private static byte[] apply(int op, byte[] b, Dialect dialect, SplittableRandom r) {
        return switch (op) {
            case 0 -> {
                if (b.length == 0) {
                    yield b;
                }
                byte[] c = b.clone();
                int at = r.nextInt(c.length);
                c[at] = (byte) (c[at] ^ (1 << r.nextInt(8)));
                yield c;
            }
            case 1 -> {
                if (b.length == 0) {
                    yield b;
                }
                byte[] c = b.clone();
                c[r.nextInt(c.length)] = (byte) r.nextInt(256);
                yield c;
            }
            case 2 -> {
                byte[] extra = new byte[1 + r.nextInt(8)];
                for (int i = 0; i < extra.length; i++) {
                    extra[i] = (byte) r.nextInt(256);
                }
                yield insert(b, r.nextInt(b.length + 1), extra);
            }
            case 3 -> {
                if (b.length == 0) {
                    yield b;
                }
                int at = r.nextInt(b.length);
                int len = Math.min(b.length - at, 1 + r.nextInt(16));
                yield concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + len, b.length));
            }
            case 4 -> Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
            case 5, 6, 7, 18 -> lines(op, b, r);
            case 8 -> shiftField(b, dialect, r);
            case 9 -> hugeNumber(b, r);
            case 10 -> deepNesting(b, dialect, r);
            case 11 -> {
                // Up to a little over the 1 MiB record limit, sometimes just under it.
                int len = r.nextInt(4) == 0 ? (1 << 20) + r.nextInt(4096) - 2048 : 1 + r.nextInt(100_000);
                byte[] filler = new byte[len];
                Arrays.fill(filler, (byte) (r.nextBoolean() ? 'a' : '9'));
                yield insert(b, r.nextInt(b.length + 1), filler);
            }
            case 12 -> insert(b, r.nextInt(b.length + 1), utf8(CONTROLS[r.nextInt(CONTROLS.length)]));
            case 13 -> {
                byte[] bom = BOMS[r.nextInt(BOMS.length)];
                yield insert(b, r.nextInt(4) == 0 ? r.nextInt(b.length + 1) : 0, bom);
            }
            case 14 -> insert(b, r.nextInt(b.length + 1), INVALID_UTF8[r.nextInt(INVALID_UTF8.length)]);
            case 15 -> {
                String text = new String(b, StandardCharsets.UTF_8);
                yield switch (r.nextInt(4)) {
                    case 0 -> text.getBytes(StandardCharsets.UTF_16);
                    case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
                    case 2 -> text.getBytes(StandardCharsets.UTF_16BE);
                    default -> text.getBytes(StandardCharsets.ISO_8859_1);
                };
            }
            case 16 -> replaceValue(b, r);
            case 17 -> {
                String text = new String(b, StandardCharsets.ISO_8859_1);
                text = switch (r.nextInt(3)) {
                    case 0 -> text.replace("\n", "\r\n");
                    case 1 -> text.replace("\n", "\r");
                    default -> text.replace("\r\n", "\n") + "\n\n\n";
                };
                yield text.getBytes(StandardCharsets.ISO_8859_1);
            }
            default -> throw new IllegalArgumentException("no operation " + op);
        };
    }

    /** Duplicates, swaps, deletes or joins lines. */
    private static byte[] lines(int op, byte[] b, SplittableRandom r) {
        List<byte[]> lines = split(b);
        if (lines.isEmpty()) {
            return b;
        }
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        switch (op) {
            case 5 -> lines.add(j, lines.get(i));
            case 6 -> {
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            case 7 -> lines.remove(i);
            default -> {
                if (i + 1 < lines.size()) {
                    lines.set(i, concat(lines.get(i), utf8(" "), lines.remove(i + 1)));
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** CSV: a delimiter added or removed, so that the cells after it move; otherwise a quote or separator. */
    private static byte[] shiftField(byte[] b, Dialect dialect, SplittableRandom r) {
        List<Integer> delimiters = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            if (b[i] == ',' || b[i] == ';' || (dialect == Dialect.YAML && b[i] == ':')) {
                delimiters.add(i);
            }
        }
        if (delimiters.isEmpty()) {
            return insert(b, r.nextInt(b.length + 1), utf8(","));
        }
        int at = delimiters.get(r.nextInt(delimiters.size()));
        return switch (r.nextInt(3)) {
            case 0 -> concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, at + 1, b.length));
            case 1 -> insert(b, at, new byte[] {b[at]});
            default -> insert(b, at + 1, utf8("\""));
        };
    }

    /** A run of digits replaced by a number no field can hold. */
    private static byte[] hugeNumber(byte[] b, SplittableRandom r) {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < b.length; ) {
            if (b[i] >= '0' && b[i] <= '9') {
                int start = i;
                while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                    i++;
                }
                runs.add(new int[] {start, i});
            } else {
                i++;
            }
        }
        byte[] number = utf8(NUMBERS[r.nextInt(NUMBERS.length)]);
        if (runs.isEmpty()) {
            return insert(b, r.nextInt(b.length + 1), number);
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        return concat(Arrays.copyOfRange(b, 0, run[0]), number, Arrays.copyOfRange(b, run[1], b.length));
    }

    /** Thousands of nested arrays or objects, closed or not, after a key or at a random place. */
    private static byte[] deepNesting(byte[] b, Dialect dialect, SplittableRandom r) {
        int depth = 100 + r.nextInt(20_000);
        boolean objects = r.nextBoolean();
        String open = objects ? (dialect == Dialect.YAML ? "{a: " : "{\"a\":") : "[";
        String close = objects ? "}" : "]";
        String nest = open.repeat(depth) + (r.nextBoolean() ? "1" + close.repeat(depth) : "");
        int at = r.nextInt(b.length + 1);
        for (int i = at; i < b.length; i++) {
            if (b[i] == ':') {
                at = i + 1;
                break;
            }
        }
        return insert(b, at, utf8(nest));
    }

    /** The text after a key replaced by another JSON or YAML value. */
    private static byte[] replaceValue(byte[] b, SplittableRandom r) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        int colon = text.indexOf(':', r.nextInt(text.length() + 1));
        if (colon < 0) {
            return b;
        }
        int end = colon + 1;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String value = VALUES[r.nextInt(VALUES.length)];
        return (text.substring(0, colon + 1) + value + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<byte[]> split(byte[] b) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(Arrays.copyOfRange(b, start, i));
                start = i + 1;
            }
        }
        if (start < b.length) {
            lines.add(Arrays.copyOfRange(b, start, b.length));
        }
        return lines;
    }

    private static byte[] insert(byte[] b, int at, byte[] extra) {
        return concat(Arrays.copyOfRange(b, 0, at), extra, Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
