package id.bansos.io.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import id.bansos.io.ReadLimits;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LimitedParserTest {
    private static LimitedParser parser(String json, ReadLimits limits, boolean countBytes) throws IOException {
        JsonParser raw = RecordSupport.factory(limits).createParser(json);
        LimitedParser p = new LimitedParser(raw, limits, countBytes);
        p.startRecord(0, 0);
        return p;
    }

    private static void readAll(JsonParser p) throws IOException {
        while (p.nextToken() != null) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                p.getText();
            }
        }
    }

    @Test
    void nextToken_rejectsNestingDeeperThanTheLimit() throws IOException {
        ReadLimits limits = ReadLimits.builder().maxNestingDepth(4).build();
        LimitedParser ok = parser("[[[[]]]]", limits, false);
        readAll(ok);
        LimitedParser deep = parser("[[[[[]]]]]", limits, false);
        assertThatThrownBy(() -> readAll(deep))
                .isInstanceOf(FieldError.class)
                .hasMessage("nesting is deeper than 4 levels (line 1, column 5)");
    }

    @Test
    void nextToken_countsDepthFromTheRecordsContainer() throws IOException {
        ReadLimits limits = ReadLimits.builder().maxNestingDepth(4).build();
        JsonParser raw = RecordSupport.factory(limits).createParser("[[[[[[]]]]]]");
        LimitedParser p = new LimitedParser(raw, limits, false);
        raw.nextToken();
        raw.nextToken();
        p.startRecord(0, 2);
        readAll(p);
    }

    @Test
    void nextToken_rejectsLongStringsKeysAndNumbers() throws IOException {
        ReadLimits limits =
                ReadLimits.builder().maxStringLength(3).maxNumberLength(2).build();
        readAll(parser("{\"abc\":\"xyz\",\"n\":99}", limits, false));
        assertThatThrownBy(() -> readAll(parser("[\"abcd\"]", limits, false)))
                .hasMessage("string is longer than 3 characters (line 1, column 2)");
        assertThatThrownBy(() -> readAll(parser("{\"abcd\":1}", limits, false)))
                .hasMessage("key is longer than 3 characters (line 1, column 2)");
        assertThatThrownBy(() -> readAll(parser("[-10]", limits, false)))
                .hasMessage("number is longer than 2 characters (line 1, column 2)");
        assertThatThrownBy(() -> readAll(parser("[1.5]", limits, false)))
                .hasMessage("number is longer than 2 characters (line 1, column 2)");
    }

    @Test
    void nextToken_rejectsARecordOverTheByteLimit_onlyWhenCountingBytes() throws IOException {
        ReadLimits limits = ReadLimits.builder().maxRecordBytes(10).build();
        readAll(parser("[1,      2]", limits, false));
        readAll(parser("[1,     2]", limits, true));
        assertThatThrownBy(() -> readAll(parser("[1,      2]", limits, true)))
                .hasMessage("record is larger than 10 bytes (line 1, column 11)");
    }

    @Test
    void endRecord_stopsTheChecks() throws IOException {
        ReadLimits limits = ReadLimits.builder().maxStringLength(1).build();
        LimitedParser p = parser("[\"long\"]", limits, false);
        p.endRecord();
        readAll(p);
    }
}
