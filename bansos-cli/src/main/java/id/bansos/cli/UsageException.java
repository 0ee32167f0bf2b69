package id.bansos.cli;

/** A bad argument found after parsing: the command exits with 2 and this message. */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
