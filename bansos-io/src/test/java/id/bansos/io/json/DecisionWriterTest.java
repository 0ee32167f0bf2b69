package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.ReasonRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecisionWriterTest {
    @Test
    void write_isByteIdenticalToGolden() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DecisionWriter writer = DecisionWriter.of(out)) {
            writer.write(Fixtures.eligibleDecision());
            writer.write(Fixtures.notEligibleDecision());
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.golden("decision.json") + Fixtures.golden("decision-not-eligible.json"));
    }

    @Test
    void write_withRenderer_addsMessages() throws IOException {
        StringWriter out = new StringWriter();
        try (DecisionWriter writer = DecisionWriter.of(out, r -> "rule " + r.rule())) {
            writer.write(Fixtures.eligibleDecision());
        }
        assertThat(out.toString()).isEqualTo(Fixtures.golden("decision-with-messages.json"));
    }

    @Test
    void write_withRendererGivingNull_leavesMessageOut() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DecisionWriter writer = DecisionWriter.of(out, r -> null)) {
            writer.write(Fixtures.eligibleDecision());
        }
        assertThat(out.toByteArray()).isEqualTo(Fixtures.goldenBytes("decision.json"));
    }

    @Test
    void encode_givesTheSameBytesAsWriteOnEveryThread() throws Exception {
        byte[] expected = Fixtures.goldenBytes("decision.json");
        assertThat(DecisionWriter.encode(Fixtures.eligibleDecision(), null)).isEqualTo(expected);
        assertThat(DecisionWriter.encode(Fixtures.eligibleDecision(), null)).isEqualTo(expected);
        byte[][] other = new byte[1][];
        Thread t = new Thread(() -> {
            try {
                other[0] = DecisionWriter.encode(Fixtures.notEligibleDecision(), null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.start();
        t.join();
        assertThat(other[0]).isEqualTo(Fixtures.goldenBytes("decision-not-eligible.json"));
    }

    @Test
    void encode_rendersEachReasonWithTheRendererGiven_evenWhenTheSameReasonWasEncodedBefore() throws IOException {
        ReasonRenderer byRule = r -> "rule " + r.rule();
        ReasonRenderer byCode = r -> "code " + r.code().code();
        String golden = Fixtures.golden("decision-with-messages.json");

        String first = new String(DecisionWriter.encode(Fixtures.eligibleDecision(), byRule), StandardCharsets.UTF_8);
        String other = new String(DecisionWriter.encode(Fixtures.eligibleDecision(), byCode), StandardCharsets.UTF_8);
        String again = new String(DecisionWriter.encode(Fixtures.eligibleDecision(), byRule), StandardCharsets.UTF_8);
        String none = new String(DecisionWriter.encode(Fixtures.eligibleDecision(), null), StandardCharsets.UTF_8);

        assertThat(first).isEqualTo(golden);
        assertThat(again).isEqualTo(golden);
        assertThat(other)
                .isEqualTo(golden.replace(
                                "\"message\":\"rule pkh.exclusion\"", "\"message\":\"code TIDAK_DIKECUALIKAN\"")
                        .replace("\"message\":\"rule pkh.components\"", "\"message\":\"code MEMENUHI_KOMPONEN\""));
        assertThat(none).isEqualTo(Fixtures.golden("decision.json"));
    }

    @Test
    void writeThenRead_givesEqualDecisions() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DecisionWriter writer = DecisionWriter.of(out, r -> "x")) {
            writer.write(Fixtures.eligibleDecision());
            writer.write(Fixtures.notEligibleDecision());
        }
        ObjectMapper mapper = new ObjectMapper().registerModule(new BansosModule());
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(mapper.readValue(lines[0], Decision.class)).isEqualTo(Fixtures.eligibleDecision());
        assertThat(mapper.readValue(lines[1], Decision.class)).isEqualTo(Fixtures.notEligibleDecision());
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> DecisionWriter.of((OutputStream) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("out must not be null");
        assertThatThrownBy(() -> DecisionWriter.of(new StringWriter(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("renderer must not be null");
        assertThatThrownBy(() -> DecisionWriter.of(new StringWriter()).write(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("decision must not be null");
    }
}
