package id.bansos.bench;

import id.bansos.batch.DecisionEncoder;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.Masking;
import id.bansos.io.csv.CsvDecisionWriter;
import id.bansos.io.csv.CsvHouseholdWriter;
import id.bansos.io.json.DecisionWriter;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.model.Household;
import id.bansos.model.decision.ReasonRenderer;
import id.bansos.rules.MessageRenderer;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The inputs every benchmark shares: a generated population with the fixed seed 42 (as {@code
 * bansos generate --seed 42}), the date the decisions are made on, and that population as bytes.
 */
public final class BenchData {
    /** The seed of every generated population. */
    public static final long SEED = 42;

    /** The date of evaluation: after 2025-04-01, so that the desil target is in force. */
    public static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    private BenchData() {}

    /**
     * Generates the first households of the seed-42 population, with the default reference date.
     *
     * @param count how many, 1 or more
     * @return the households, not null, unmodifiable
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public static List<Household> households(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        return SyntheticPopulation.builder().seed(SEED).build().stream(count).toList();
    }

    /**
     * Writes households as {@code bansos generate} does, unmasked.
     *
     * @param households the households, not null
     * @param format {@link HouseholdFormat#JSONL} or {@link HouseholdFormat#CSV}
     * @return the file's bytes, not null
     * @throws IllegalArgumentException if the format is JSON
     */
    public static byte[] encode(List<Household> households, HouseholdFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(households.size() * 512);
        try {
            if (format == HouseholdFormat.CSV) {
                CsvHouseholdWriter writer = CsvHouseholdWriter.open(out, Masking.NONE);
                for (Household h : households) {
                    writer.write(h);
                }
                writer.close();
            } else if (format == HouseholdFormat.JSONL) {
                HouseholdWriter writer = HouseholdWriter.of(out, Masking.NONE);
                for (Household h : households) {
                    writer.write(h);
                }
                writer.close();
            } else {
                throw new IllegalArgumentException("format must be JSONL or CSV, got " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The decision encoder {@code bansos evaluate} uses for an output format: CSV rows, or JSON
     * Lines with messages in Bahasa Indonesia (the CLI's default {@code --lang id}).
     *
     * @param format {@link HouseholdFormat#JSONL} or {@link HouseholdFormat#CSV}
     * @return the encoder, not null, thread-safe
     */
    public static DecisionEncoder encoder(HouseholdFormat format) {
        if (format == HouseholdFormat.CSV) {
            return CsvDecisionWriter::encode;
        }
        MessageRenderer messages = MessageRenderer.forLocale(Locale.forLanguageTag("id"));
        ReasonRenderer renderer = messages;
        return d -> DecisionWriter.encode(d, renderer);
    }

    /**
     * An output stream that counts bytes and keeps none, so that writing costs no disk.
     *
     * @return a new stream, not null
     */
    public static CountingSink sink() {
        return new CountingSink();
    }

    /** Counts the bytes written to it and drops them. */
    public static final class CountingSink extends OutputStream {
        private long count;

        CountingSink() {}

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        /**
         * Returns how many bytes were written.
         *
         * @return the count, zero or more
         */
        public long count() {
            return count;
        }
    }
}
