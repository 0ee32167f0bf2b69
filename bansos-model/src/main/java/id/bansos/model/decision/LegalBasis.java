package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legal instrument a rule or a parameter value rests on, with an honest note on provenance.
 *
 * <p>Example: {@code instrument = "Permensos", number = "1", year = 2018, article = "Pasal 3"} for
 * the PKH regulation; a value inferred by this project carries {@code note = "[I] switch date not
 * found"}.
 */
@Value.Immutable
@BansosStyle
public abstract class LegalBasis {
    LegalBasis() {}

    /**
     * The kind of instrument, e.g. {@code Permensos}, {@code Inpres}, {@code Kepdirjen}.
     *
     * @return the instrument, not blank
     */
    public abstract String instrument();

    /**
     * The instrument's number, e.g. {@code "1"} or {@code "300.2.2-2138"}.
     *
     * @return the number, if known
     */
    public abstract Optional<String> number();

    /**
     * The year the instrument was issued.
     *
     * @return the year, if known
     */
    public abstract Optional<Integer> year();

    /**
     * The article (pasal) relied on.
     *
     * @return the article, if known
     */
    public abstract Optional<String> article();

    /**
     * A free note, in particular the provenance markers {@code [S]}, {@code [I]} and {@code [P]}.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.check(!instrument().isBlank(), "instrument", "must not be blank");
    }

    /**
     * Builds a {@link LegalBasis}; {@code build()} throws {@link IllegalStateException} if the
     * instrument is missing and {@link IllegalArgumentException} if it is blank.
     */
    public static final class Builder extends ImmutableLegalBasis.Builder {}
}
