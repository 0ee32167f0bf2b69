package id.bansos.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard error is a terminal, for the progress bar. */
final class Terminal {
    private Terminal() {}

    /**
     * Whether file descriptor 2 is a terminal. {@code System.console()} is null as soon as standard
     * output is redirected, which is the usual case for {@code evaluate > decisions.jsonl}, so on
     * Linux the descriptor's link is read instead.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
