package id.bansos.io.yaml;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import id.bansos.io.DidYouMean;
import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * What the library's strict YAML readers share: a parser factory with SnakeYAML's limits set, the
 * refusal of anchors, aliases and tags, and the "did you mean" suggestion for a misspelt key.
 *
 * <p>Hand-written files need none of YAML's anchors, aliases or tags, and aliases are how a "billion
 * laughs" file blows up; together with the {@value #MAX_CODE_POINTS} code point limit, refusing
 * them keeps a hostile file small and flat. Used by {@link ParameterFileReader} and by the scenario
 * files of {@code bansos-testkit}. Immutable and thread-safe.
 */
public final class YamlSupport {
    /**
     * The largest file read, in Unicode code points (1 Mi). The limit stays small because SnakeYAML
     * slows down sharply on a single very long line.
     */
    public static final int MAX_CODE_POINTS = 1024 * 1024;

    /**
     * The longest line read, in chars (64 Ki), comments included. SnakeYAML's reader copies its
     * window once per buffer of a token, so one long token costs time in the square of its length
     * (an 8 MB comment line took 14 s of CPU); bounding each line keeps a whole file linear.
     */
    public static final int MAX_LINE_CHARS = 64 * 1024;

    /** The deepest nesting of mappings and lists SnakeYAML composes. */
    private static final int MAX_NESTING_DEPTH = 20;

    private static final int MAX_ALIASES = 50;

    private YamlSupport() {}

    /**
     * Returns a new YAML factory with the limits of the library's readers: at most {@value
     * #MAX_CODE_POINTS} code points, nesting depth 20 where SnakeYAML composes, no recursive keys, few
     * aliases. Jackson's {@code STRICT_DUPLICATE_DETECTION} is off: a reader detects repeated keys
     * itself, per mapping, so that its error can name the key and where it belongs.
     *
     * @return a new factory, not null
     */
    public static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /**
     * Tells why the parser's current token may not be read: an alias, an anchor or a tag.
     *
     * <p>Example: on {@code *x} it gives {@code YAML aliases (*x) are not allowed in a scenario file}
     * for {@code where} = {@code "a scenario file"}.
     *
     * @param parser a YAML parser, on the token to check, not null
     * @param where what is being read, for the message, e.g. {@code "a parameter file"}, not null
     * @return the refusal, or empty if the token is plain
     * @throws NullPointerException if an argument is null
     * @throws IOException if the parser fails
     */
    public static Optional<String> refusal(YAMLParser parser, String where) throws IOException {
        Checks.notNull(parser, "parser");
        Checks.notNull(where, "where");
        if (parser.currentToken() == null) {
            return Optional.empty();
        }
        if (parser.isCurrentAlias()) {
            return Optional.of("YAML aliases (*" + parser.getText() + ") are not allowed in " + where);
        }
        if (parser.getObjectId() != null) {
            return Optional.of("YAML anchors (&" + parser.getObjectId() + ") are not allowed in " + where);
        }
        if (parser.getTypeId() != null) {
            return Optional.of("YAML tags (" + parser.getTypeId() + ") are not allowed in " + where);
        }
        return Optional.empty();
    }

    /**
     * Returns the candidate closest to a misspelt key, ignoring case: at most {@code max(2, length /
     * 4)} edits away (Levenshtein), the first in iteration order on a tie; see {@link DidYouMean}.
     *
     * <p>Example: {@code pkh.idx.SD} among {@code pkh.index.SD, pkh.index.SMP} gives {@code
     * pkh.index.SD}; {@code zzz} among the same gives nothing.
     *
     * @param name the key found, not null
     * @param candidates the keys allowed, not null, no null element
     * @return the closest candidate, or empty if none is close enough
     * @throws NullPointerException if an argument or a candidate is null
     */
    public static Optional<String> closest(String name, Iterable<String> candidates) {
        Checks.notNull(name, "name");
        Checks.notNull(candidates, "candidates");
        return DidYouMean.closest(name, candidates, Math.max(2, name.length() / 4));
    }
}
