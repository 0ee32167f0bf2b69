package id.bansos.io;

import id.bansos.model.internal.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A re-readable source of households: batch reading makes two passes (index, then decide), so the
 * source must give the same bytes every time it is opened.
 */
public interface HouseholdSource {
    /**
     * The name shown in errors, usually the file name.
     *
     * @return the name, not null
     */
    String name();

    /**
     * The format of the content.
     *
     * @return the format, not null
     */
    HouseholdFormat format();

    /**
     * Opens the content from the start; the caller closes the stream.
     *
     * @return a new stream, not null
     * @throws IOException if it cannot be opened
     */
    InputStream open() throws IOException;

    /**
     * A file, with the format taken from its extension.
     *
     * @param file the file, not null
     * @return the source, not null
     * @throws IllegalArgumentException if the extension names no format
     */
    static HouseholdSource of(Path file) {
        Checks.notNull(file, "file");
        return of(file, HouseholdFormat.fromFileName(file.getFileName().toString()));
    }

    /**
     * A file in a given format.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @return the source, not null
     */
    static HouseholdSource of(Path file, HouseholdFormat format) {
        Checks.notNull(file, "file");
        Checks.notNull(format, "format");
        String name = file.getFileName().toString();
        return new HouseholdSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HouseholdFormat format() {
                return format;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /**
     * Bytes held in memory, for tests and small inputs.
     *
     * @param name the name shown in errors, not null
     * @param format the format, not null
     * @param content the bytes, not null; not copied, so do not change them afterwards
     * @return the source, not null
     */
    static HouseholdSource of(String name, HouseholdFormat format, byte[] content) {
        Checks.notNull(name, "name");
        Checks.notNull(format, "format");
        Checks.notNull(content, "content");
        return new HouseholdSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HouseholdFormat format() {
                return format;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(content);
            }
        };
    }
}
