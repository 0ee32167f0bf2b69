package id.bansos.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The files a command is given, checked before it reads any of them: every input must be a readable
 * file, and no output may be a directory, an input or another output. Two names are the same file
 * when the file system says so ({@link Files#isSameFile}: symbolic links followed, hard links
 * compared by file key); for a path that does not exist yet, when the paths are equal once the
 * symbolic links of the path and the real path of its folder are resolved.
 *
 * <p>Two outputs may name one existing device or FIFO ({@code /dev/null} for both): those are
 * written through, not replaced, so neither output loses the other's content.
 */
final class PathCheck {
    private record Named(String option, Path path) {
        Texts.Msg what() {
            return option.equals("INPUT") ? Texts.Msg.of("path.inputFile") : Texts.Msg.of("path.optionFile", option);
        }

        Texts.Msg label() {
            return option.equals("INPUT")
                    ? Texts.Msg.of("path.theInput", path)
                    : Texts.Msg.of("path.option", option, path);
        }
    }

    private final List<Named> inputs = new ArrayList<>();
    private final List<Named> outputs = new ArrayList<>();

    private PathCheck() {}

    /** A new, empty check. */
    static PathCheck of() {
        return new PathCheck();
    }

    /**
     * Adds an input; {@code null} (option not given) and {@code -} (standard input) are skipped.
     *
     * @param option the option, or {@code INPUT} for the positional argument
     * @param path the path as given
     * @return this check
     */
    PathCheck input(String option, String path) {
        return path == null || path.equals("-") ? this : input(option, Path.of(path));
    }

    /** As {@link #input(String, String)}. */
    PathCheck input(String option, Path path) {
        if (path != null) {
            inputs.add(new Named(option, path));
        }
        return this;
    }

    /** Adds every path of a repeatable input option. */
    PathCheck inputs(String option, Collection<Path> paths) {
        if (paths != null) {
            for (Path p : paths) {
                input(option, p);
            }
        }
        return this;
    }

    /** Adds an output; {@code null} (option not given: standard output or error) is skipped. */
    PathCheck output(String option, Path path) {
        if (path != null) {
            outputs.add(new Named(option, path));
        }
        return this;
    }

    /**
     * Checks the files.
     *
     * @throws UsageException (exit 2) naming the option and the path of the first problem
     */
    void check() {
        for (Named in : inputs) {
            checkReadable(in.what(), in.path());
        }
        for (int i = 0; i < outputs.size(); i++) {
            Named out = outputs.get(i);
            if (Files.isDirectory(out.path())) {
                throw UsageException.of("path.outputDirectory", out.option(), out.path());
            }
            for (Named in : inputs) {
                if (same(out.path(), in.path())) {
                    throw UsageException.of("path.sameAsInput", out.option(), out.path(), in.label());
                }
            }
            // A device or FIFO (not a regular file, existing) is written through by each output.
            boolean device = Files.exists(out.path()) && !Files.isRegularFile(out.path());
            for (Named other : outputs.subList(0, i)) {
                if (!device && same(out.path(), other.path())) {
                    throw UsageException.of("path.sameOutputs", out.option(), out.path(), other.label());
                }
            }
        }
    }

    /**
     * Checks that a file can be read.
     *
     * @param what what the file is, as in {@code input file} or {@code --parameters file}
     * @param path the path
     * @throws UsageException (exit 2) if it does not exist, is a directory or may not be read
     */
    static void checkReadable(Texts.Msg what, Path path) {
        String why;
        if (!Files.exists(path)) {
            why = Files.isSymbolicLink(path) ? "path.danglingLink" : "path.noSuchFile";
        } else if (Files.isDirectory(path)) {
            why = "path.directory";
        } else if (!Files.isReadable(path)) {
            why = "path.permission";
        } else {
            return;
        }
        throw UsageException.of("path.cannotRead", what, path, Texts.Msg.of(why));
    }

    /** Whether two paths name one file, or would once created. */
    static boolean same(Path a, Path b) {
        boolean aExists = Files.exists(a);
        boolean bExists = Files.exists(b);
        if (aExists && bExists) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return aExists == bExists && resolved(a).equals(resolved(b));
    }

    /**
     * Where a path that does not exist would be created: its symbolic links followed (a dangling
     * link names its target), under the real path of its folder where that exists.
     */
    static Path resolved(Path path) {
        Path p = path.toAbsolutePath();
        try {
            for (int i = 0; i < 40 && Files.isSymbolicLink(p); i++) {
                p = p.resolveSibling(Files.readSymbolicLink(p));
            }
        } catch (IOException e) {
            // Unreadable link: compare it by its own name.
        }
        p = p.normalize();
        Path parent = p.getParent();
        if (parent == null || p.getFileName() == null) {
            return p;
        }
        try {
            return parent.toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            return p;
        }
    }
}
