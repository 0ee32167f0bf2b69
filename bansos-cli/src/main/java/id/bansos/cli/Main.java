package id.bansos.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point of {@code java -jar bansos.jar}. */
public final class Main {
    private Main() {}

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit code: 0 done; 1 I/O failure or failing scenario; 2 bad arguments or
     *     unreadable input; 3 done with some records rejected
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        // The run's temporary files (the spool of standard input) go whatever the exit code.
        RunDirectory files = RunDirectory.open();
        try {
            return BansosCommand.commandLine(out, err, outWriter, errWriter, args)
                    .execute(args);
        } finally {
            files.close();
        }
    }
}
