package id.bansos.cli;

import java.util.Optional;

/**
 * A bad argument found after parsing: the command exits with 2 and this message.
 *
 * <p>A usage error made with {@link #of(String, Object...)} carries a key of the command line's
 * texts and its arguments, and is printed in the language of {@code --lang}; its {@link
 * #getMessage()} is the English text, for {@code --debug} and stack traces.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: the command line prints it and exits
    private final Texts.Msg msg;

    UsageException(String message) {
        super(message);
        this.msg = null;
    }

    private UsageException(Texts.Msg msg) {
        super(Texts.inEnglish().get(msg));
        this.msg = msg;
    }

    /**
     * A usage error with a text of the catalogue.
     *
     * @param key the key in {@code texts.properties}
     * @param args the values of its placeholders
     * @return the exception, to throw
     */
    static UsageException of(String key, Object... args) {
        return new UsageException(Texts.Msg.of(key, args));
    }

    /** The text, if this error was made from the catalogue. */
    Optional<Texts.Msg> msg() {
        return Optional.ofNullable(msg);
    }
}
