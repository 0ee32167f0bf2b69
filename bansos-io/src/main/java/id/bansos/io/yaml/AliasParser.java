package id.bansos.io.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import id.bansos.io.csv.CsvAliases;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * A parser over households in the v1 JSON form that also accepts what an analyst writes in a CSV
 * roster ({@link CsvAliases}): the Indonesian column names as keys ({@code jenis_kelamin}, {@code
 * tanggal_lahir}, {@code id_keluarga}…), {@code L}/{@code P} for {@code sex}, the Indonesian
 * relationship codes ({@code ISTRI}, {@code ANAK}…), and {@code ya}/{@code tidak} (or {@code
 * 1}/{@code 0}) for the booleans {@code pregnant}, {@code postpartum}, {@code severe_disability} and
 * {@code deceased}. The household reader then sees the JSON form; positions are the file's own, so
 * an error still names the line and column written. Not thread-safe: one per read.
 *
 * <p>Example: in a scenario file, {@code {nik: "...", jenis_kelamin: P, hubungan_keluarga: ISTRI,
 * hamil: ya, ...}} reads as {@code {nik: "...", sex: FEMALE, relationship: SPOUSE, pregnant: true,
 * ...}}.
 */
public final class AliasParser extends JsonParserDelegate {
    private static final Set<String> BOOLEANS = Set.of("pregnant", "postpartum", "severe_disability", "deceased");

    private JsonToken token;
    private String text;

    private AliasParser(JsonParser p) {
        super(p);
        this.token = p.currentToken();
    }

    /**
     * Wraps a parser; reading on through the wrapper also moves the parser.
     *
     * @param p the parser, not null
     * @return the wrapper, not null
     * @throws NullPointerException if {@code p} is null
     */
    public static JsonParser of(JsonParser p) {
        return new AliasParser(Checks.notNull(p, "p"));
    }

    @Override
    public JsonToken nextToken() throws IOException {
        token = delegate.nextToken();
        text = null;
        if (token == JsonToken.FIELD_NAME) {
            text = CsvAliases.key(delegate.currentName()).orElse(null);
        } else if (token == JsonToken.VALUE_STRING && delegate.currentName() != null) {
            String key = currentName();
            String written = delegate.getText();
            if (BOOLEANS.contains(key)) {
                Optional<Boolean> b = CsvAliases.bool(written);
                if (b.isPresent()) {
                    token = b.get() ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
                    text = b.get().toString();
                }
            } else {
                text = CsvAliases.code(key, written).orElse(null);
            }
        }
        return token;
    }

    @Override
    public JsonParser skipChildren() throws IOException {
        delegate.skipChildren();
        token = delegate.currentToken();
        text = null;
        return this;
    }

    @Override
    public JsonToken currentToken() {
        return token;
    }

    @Override
    public int currentTokenId() {
        return token == null ? JsonTokenId.ID_NO_TOKEN : token.id();
    }

    @Override
    public boolean hasToken(JsonToken t) {
        return token == t;
    }

    @Override
    public boolean hasTokenId(int id) {
        return currentTokenId() == id;
    }

    @Override
    public String currentName() throws IOException {
        String name = delegate.currentName();
        return name == null ? null : CsvAliases.key(name).orElse(name);
    }

    @Override
    public String getText() throws IOException {
        return text != null ? text : delegate.getText();
    }

    @Override
    public boolean hasTextCharacters() {
        return text == null && delegate.hasTextCharacters();
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        return text != null ? text.toCharArray() : delegate.getTextCharacters();
    }

    @Override
    public int getTextLength() throws IOException {
        return text != null ? text.length() : delegate.getTextLength();
    }

    @Override
    public int getTextOffset() throws IOException {
        return text != null ? 0 : delegate.getTextOffset();
    }

    @Override
    public String getValueAsString() throws IOException {
        return getValueAsString(null);
    }

    @Override
    public String getValueAsString(String defaultValue) throws IOException {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            return getText();
        }
        return isBoolean() ? token.asString() : delegate.getValueAsString(defaultValue);
    }

    @Override
    public boolean getBooleanValue() throws IOException {
        return isBoolean() ? token == JsonToken.VALUE_TRUE : delegate.getBooleanValue();
    }

    @Override
    public boolean getValueAsBoolean() throws IOException {
        return getValueAsBoolean(false);
    }

    @Override
    public boolean getValueAsBoolean(boolean defaultValue) throws IOException {
        return isBoolean() ? token == JsonToken.VALUE_TRUE : delegate.getValueAsBoolean(defaultValue);
    }

    private boolean isBoolean() {
        return token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
    }
}
