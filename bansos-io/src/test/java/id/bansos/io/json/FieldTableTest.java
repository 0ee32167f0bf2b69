package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTableTest {
    private static final FieldTable<List<String>> TABLE = FieldTable.<List<String>>builder()
            .required("id", (s, p, c) -> s.add("id=" + p.getText()))
            .optional("note", (s, p, c) -> s.add("note=" + p.getText()))
            .required("since", (s, p, c) -> s.add("since=" + p.getText()))
            .build();

    @Test
    void keys_keepTheOrderGivenAndMarkTheRequiredOnes() {
        Keys keys = TABLE.keys();

        assertThat(keys.size()).isEqualTo(3);
        assertThat(List.of(keys.name(0), keys.name(1), keys.name(2))).containsExactly("id", "note", "since");
        assertThat(List.of(keys.isRequired(0), keys.isRequired(1), keys.isRequired(2)))
                .containsExactly(true, false, true);
        assertThat(keys.indexOf("since")).isEqualTo(2);
    }

    @Test
    void read_runsTheReaderWrittenNextToTheKey() throws IOException {
        List<String> state = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser("\"x\"")) {
            p.nextToken();
            TABLE.read(TABLE.keys().indexOf("note"), state, p, null);
            TABLE.read(TABLE.keys().indexOf("since"), state, p, null);
        }

        assertThat(state).containsExactly("note=x", "since=x");
    }

    @Test
    void build_refusesMoreThan64Keys() {
        FieldTable.Builder<Object> b = FieldTable.builder();
        for (int i = 0; i < 65; i++) {
            b.optional("k" + i, (s, p, c) -> {});
        }

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("specs must hold at most 64 keys, got 65");
    }
}
