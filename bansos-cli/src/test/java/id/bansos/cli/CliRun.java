package id.bansos.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One in-process run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {
    /**
     * Writes {@code cap3.yaml}, a district file capping PKH at three component persons from 2025,
     * the reform the tests of {@code whatif} use.
     */
    static Path writeCap3(Path dir) throws IOException {
        return Files.writeString(dir.resolve("cap3.yaml"), """
                schema_version: 1
                parameters:
                  pkh.max_component_persons:
                    type: integer
                    values:
                      - from: 2025-01-01
                        value: 3
                        legal_basis: {instrument: Perbup, note: "[P] test"}
                """);
    }

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
