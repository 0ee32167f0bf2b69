package id.bansos.model.decision;

import id.bansos.model.internal.BansosStyle;
import id.bansos.model.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The legal instrument a rule or a parameter value rests on, with its honest {@linkplain
 * Provenance provenance} as data.
 *
 * <p>Example: {@code instrument = "Permensos", number = "1", year = 2018, article = "Pasal 3"} for
 * the PKH regulation; a value inferred by this project carries the provenance {@code [I] switch date
 * not found}. A note that starts with a provenance marker, as notes did before provenance was data
 * ({@code note("[S] index 2019 (Antara 2019); [I] decree number not found")}), is read into {@link
 * #provenance()} when the basis is built, so old callers and files keep working.
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
     * A free remark that is not provenance; never starts with a provenance marker (such a note is
     * read into {@link #provenance()} when the basis is built).
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * Where this basis comes from, in order: each entry graded [S], [I] or [P] with its source. Shown
     * in {@code docs/}, the rule catalogue and the JSON; never in officer-facing text.
     *
     * @return the provenance entries, possibly empty
     */
    public abstract List<Provenance> provenance();

    /**
     * Returns a new builder.
     *
     * @return a builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the instrument and reads a marked note into the provenance: its entries are added after
     * those given, leaving out any already there, and the note is dropped. A note that is exactly the
     * marked text of the entries given (as the JSON writes both) adds nothing.
     */
    @Value.Check
    LegalBasis normalize() {
        Checks.check(!instrument().isBlank(), "instrument", "must not be blank");
        if (note().isEmpty() || !Provenance.startsWithMarker(note().get())) {
            return this;
        }
        List<Provenance> merged = new ArrayList<>(provenance());
        List<Provenance> parsed =
                note().get().equals(Provenance.format(merged)) ? List.of() : Provenance.parse(note().get());
        for (Provenance p : parsed) {
            if (!merged.contains(p)) {
                merged.add(p);
            }
        }
        return new Builder()
                .from(this)
                .note(Optional.empty())
                .provenance(merged)
                .build();
    }

    /**
     * Builds a {@link LegalBasis}; {@code build()} throws {@link IllegalStateException} if the
     * instrument is missing and {@link IllegalArgumentException} if it is blank.
     */
    public static final class Builder extends ImmutableLegalBasis.Builder {
        /**
         * Sets the provenance from marked text, {@code "[S] stated (source); [P] decided"}, replacing
         * any entries set before (e.g. by {@code from}).
         *
         * @param marked the marked text, not null
         * @return this builder
         * @throws NullPointerException if {@code marked} is null
         * @throws IllegalArgumentException if the text does not start with a marker
         */
        public Builder provenance(String marked) {
            provenance(Provenance.parse(marked));
            return this;
        }
    }
}
