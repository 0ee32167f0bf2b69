package id.bansos.cli;

import id.bansos.batch.BatchProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn with a carriage return; the percentage and the counts
 * in the number format of the language ({@code 12,5% 1.234/10.000} in Indonesian, {@code 12.5%
 * 1,234/10,000} in English).
 */
final class ProgressBar implements BatchProgress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final Texts texts;
    private int lastPermille = -1;

    ProgressBar(PrintStream err, Texts texts) {
        this.err = err;
        this.texts = texts;
    }

    @Override
    public void update(long done, long total) {
        int permille = total <= 0 ? 1000 : (int) Math.min(1000, done * 1000 / total);
        if (permille == lastPermille) {
            return;
        }
        lastPermille = permille;
        int filled = permille * WIDTH / 1000;
        String percent = String.format(Locale.ROOT, "%5.1f", permille / 10.0);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                + (texts.english() ? percent : percent.replace('.', ',')) + "% " + texts.count(done) + "/"
                + texts.count(total));
        if (done >= total) {
            err.print('\n');
        }
        err.flush();
    }
}
