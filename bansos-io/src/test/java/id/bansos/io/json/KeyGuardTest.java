package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard works the same on every Jackson: these tests use a plain factory, whose own key limit
 * (50,000 bytes on 2.16 on, none on 2.15) lies above the guard's.
 */
class KeyGuardTest {

    /** Reads every token and its text through a guard with the given key limit. */
    private static List<JsonToken> readAll(String json, int keyLimit) throws IOException {
        KeyGuard guard = new KeyGuard(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), keyLimit);
        List<JsonToken> tokens = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(guard)) {
            guard.watch(parser);
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                parser.getText();
                tokens.add(t);
            }
        }
        return tokens;
    }

    @Test
    void maxBytes_isSixTimesTheKeyLimit() {
        assertThat(new KeyGuard(new ByteArrayInputStream(new byte[0]), 1000).maxBytes())
                .isEqualTo(6000);
    }

    @Test
    void read_stopsAKeyFarOverTheLimit() {
        String json = "{\"" + "k".repeat(20_000) + "\":1}";
        assertThatThrownBy(() -> readAll(json, 1000))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessage("key is longer than 1000 bytes");
    }

    @Test
    void read_letsThrough_aStringOfTheLimitWrittenAsEscapes() throws IOException {
        // 10,000 characters as six-byte escapes: 60,000 bytes, the guard's bound.
        String json = "{\"k\":\"" + "\\u0041".repeat(10_000) + "\",\"after\":2}";
        assertThat(readAll(json, 10_000))
                .containsExactly(
                        JsonToken.START_OBJECT,
                        JsonToken.FIELD_NAME,
                        JsonToken.VALUE_STRING,
                        JsonToken.FIELD_NAME,
                        JsonToken.VALUE_NUMBER_INT,
                        JsonToken.END_OBJECT);
    }

    @Test
    void read_namesNoKey_outsideAnObject() {
        String json = "[" + " ".repeat(20_000) + "1]";
        assertThatThrownBy(() -> readAll(json, 1000))
                .isInstanceOf(StreamConstraintsException.class)
                .hasMessage("no token ends within 6000 bytes");
    }

    @Test
    void keyTooLong_isTheDetailOfJacksonsKeyLimitToo() {
        assertThat(KeyGuard.keyTooLong(1048576)).isEqualTo("key is longer than 1048576 bytes");
    }
}
