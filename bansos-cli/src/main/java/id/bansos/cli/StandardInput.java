package id.bansos.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;

/** What can be known of standard input before reading it. */
final class StandardInput {
    private StandardInput() {}

    /**
     * Whether standard input was closed when the JVM started ({@code bansos evaluate - <&-}). The JVM
     * then opens its own files on descriptor 0 (the runtime image {@code lib/modules}), which would be
     * read as the input. Known where {@code /proc/self/fd} is (Linux): descriptor 0 names a file of
     * the Java runtime or the jar itself. Elsewhere, false.
     */
    static boolean closed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        try {
            if (!Files.isSymbolicLink(fd0)) {
                return false;
            }
            Path target = Files.readSymbolicLink(fd0);
            if (!target.isAbsolute()) {
                return false; // pipe:[…], socket:[…]
            }
            Path home = Path.of(System.getProperty("java.home")).toRealPath();
            return target.startsWith(home) || target.equals(ownJar());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path ownJar() {
        try {
            CodeSource code = StandardInput.class.getProtectionDomain().getCodeSource();
            return code == null ? null : Path.of(code.getLocation().toURI()).toRealPath();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** Why a read of standard input failed, in words (a text of the catalogue where it is a known case); no exception class name. */
    static Object reason(IOException e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return Texts.Msg.of("stdin.readFailed");
        }
        if (m.equals("Is a directory")) {
            return Texts.Msg.of("stdin.directory");
        }
        return m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
}
