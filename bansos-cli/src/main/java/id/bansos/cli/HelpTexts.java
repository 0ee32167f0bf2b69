package id.bansos.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The usage help in Bahasa Indonesia, {@code id/bansos/cli/help_id.properties}, as the resource
 * bundle picocli reads help texts from. The bundle is made from the file directly, so no lookup by
 * the default locale ever picks another file.
 */
final class HelpTexts {
    private HelpTexts() {}

    static ResourceBundle indonesian() {
        try (Reader in = Texts.open("help_id.properties")) {
            return new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
