package id.bansos.cli;

import id.bansos.batch.BatchProgress;
import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn with a carriage return. */
final class ProgressBar implements BatchProgress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private int lastPermille = -1;

    ProgressBar(PrintStream err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total) {
        int permille = total <= 0 ? 1000 : (int) Math.min(1000, done * 1000 / total);
        if (permille == lastPermille) {
            return;
        }
        lastPermille = permille;
        int filled = permille * WIDTH / 1000;
        err.print(String.format(
                Locale.ROOT,
                "\r[%s%s] %5.1f%% %,d/%,d",
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                permille / 10.0,
                done,
                total));
        if (done >= total) {
            err.print('\n');
        }
        err.flush();
    }
}
