package id.bansos.cli;

import java.io.Console;
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
            return consoleIsTerminal(System.console());
        }
    }

    /**
     * Whether the console is attached to a terminal. Up to JDK 21 {@code System.console()} is null
     * unless it is; from JDK 22 it is never null and {@code Console.isTerminal()} (not in JDK 17)
     * tells instead.
     */
    static boolean consoleIsTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
