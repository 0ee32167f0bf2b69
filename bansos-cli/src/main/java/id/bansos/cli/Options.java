package id.bansos.cli;

import id.bansos.batch.BatchHouseholds;
import id.bansos.batch.ExplanationPage;
import id.bansos.batch.PolicyFiles;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.RegionTable;
import id.bansos.io.SplitReaderFactory;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.param.ParameterSet;
import id.bansos.programs.ProgramFile;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import picocli.CommandLine.Option;

/** Options and helpers shared by the commands. */
final class Options {
    private Options() {}

    /**
     * {@code --programs FILE} (repeatable, PROGRAMS-V1): programme files whose programmes a command
     * serves or decides beside the national ones, with their parameters and the texts of their
     * reasons.
     */
    static class ProgramFiles {
        @Option(
                names = "--programs",
                paramLabel = "FILE",
                description = "A programme file (YAML, conditions in CEL) whose programmes are offered beside PKH"
                        + " and SEMBAKO (repeatable).")
        List<Path> files = new ArrayList<>();

        private ProgramFile loaded;

        /** The programme files, read once; empty without the option. */
        ProgramFile programFiles() {
            if (loaded == null) {
                for (Path file : files) {
                    PathCheck.checkReadable(Texts.Msg.of("path.optionFile", "--programs"), file);
                }
                loaded = ProgramFile.readAll(files);
            }
            return loaded;
        }

        /** The national programmes, then those of the files. */
        List<ProgramDefinition> all() {
            List<ProgramDefinition> programs = new ArrayList<>(Programs.national());
            programs.addAll(programFiles().programs());
            return programs;
        }

        /**
         * The national policy, the programme files' own parameters over it, and the {@code
         * --parameters} files over both; the files may set the programme files' keys too.
         */
        ParameterSet parameters(List<Path> district) {
            ParameterFileReader reader = PolicyFiles.readerFor(all());
            ParameterSet set = programFiles().layeredOver(NationalPolicy.load());
            for (Path file : district) {
                set = reader.read(file).layeredOver(set);
            }
            return set;
        }

        /** The renderer of a language, with the texts of the programme files' requirements. */
        MessageRenderer renderer(Language language) {
            return renderer(language.locale());
        }

        /** The renderer of a locale, with the texts of the programme files' requirements. */
        MessageRenderer renderer(Locale locale) {
            MessageRenderer renderer = MessageRenderer.forLocale(locale);
            return files.isEmpty()
                    ? renderer
                    : renderer.withTexts(programFiles().messages(locale));
        }

        /** The names the programme files give their programmes in a language, by code. */
        Map<String, String> names(Locale locale) {
            Map<String, String> names = new LinkedHashMap<>();
            for (ProgramDefinition p : programFiles().programs()) {
                String code = p.program().code();
                programFiles().name(code, locale).ifPresent(n -> names.put(code, n));
            }
            return names;
        }

        /**
         * The explanation page of a language: the programme files' requirement texts, their
         * programmes named as the files name them, Rupiah values of {@code params} as Rupiah.
         */
        ExplanationPage page(Language language, ParameterSet params) {
            return new ExplanationPage(renderer(language), language.english())
                    .withProgramNames(code -> programFiles().name(code, language.locale()))
                    .withParameters(params);
        }
    }

    /**
     * {@code --program P}: the programme a command works on, national or from a programme file read
     * with {@code --programs FILE} (repeatable, PROGRAMS-V1).
     */
    static final class Program extends ProgramFiles {
        @Option(
                names = "--program",
                required = true,
                paramLabel = "P",
                description = "PKH, SEMBAKO, or a programme of a --programs file.")
        String code;

        ProgramDefinition definition() {
            return Options.program(code, all());
        }
    }

    /**
     * {@code --as-of DATE}, the date a command decides as of. Each kind of command says in its help
     * what the date is of, so each subclass declares the option with its own description; the
     * parsing and its message are shared.
     */
    abstract static class AsOf {
        private String text;

        LocalDate date() {
            return Options.date("--as-of", text);
        }

        void set(String text) {
            this.text = text;
        }

        /** For commands that make decisions. */
        static final class OfDecisions extends AsOf {
            @Option(
                    names = "--as-of",
                    required = true,
                    paramLabel = "DATE",
                    description = "The date of the decisions, YYYY-MM-DD.")
            @Override
            void set(String text) {
                super.set(text);
            }
        }

        /** For {@code explain}. */
        static final class OfDecision extends AsOf {
            @Option(
                    names = "--as-of",
                    required = true,
                    paramLabel = "DATE",
                    description = "The date of the decision, YYYY-MM-DD.")
            @Override
            void set(String text) {
                super.set(text);
            }
        }

        /** For {@code graduate}. */
        static final class OfAssessment extends AsOf {
            @Option(
                    names = "--as-of",
                    required = true,
                    paramLabel = "DATE",
                    description = "The date of the assessment, YYYY-MM-DD.")
            @Override
            void set(String text) {
                super.set(text);
            }
        }

        /** For {@code reconcile}. */
        static final class OfReasons extends AsOf {
            @Option(
                    names = "--as-of",
                    required = true,
                    paramLabel = "DATE",
                    description = "The date of the reasons, YYYY-MM-DD.")
            @Override
            void set(String text) {
                super.set(text);
            }
        }
    }

    /** {@code --input-format json|jsonl|csv}, for an input whose file name does not tell it. */
    static final class InputFormat {
        @Option(
                names = "--input-format",
                paramLabel = "json|jsonl|csv",
                description = "The input format when the file name does not tell it.")
        String name;

        HouseholdSource source(String input) throws IOException {
            return Options.source(input, name);
        }
    }

    /** {@code --parameters FILE}, repeatable: district files layered over the national policy. */
    static final class Parameters {
        @Option(
                names = "--parameters",
                paramLabel = "FILE",
                description = "A district YAML parameter file layered over the national policy (repeatable; later"
                        + " files layer over earlier ones).")
        List<Path> files = new ArrayList<>();

        ParameterSet load() {
            return PolicyFiles.layered(Programs.national(), files);
        }
    }

    /** {@code --lang id|en}. */
    static final class Language {
        @Option(
                names = "--lang",
                paramLabel = "id|en",
                defaultValue = "id",
                description = "Language of messages: id (Bahasa Indonesia, the default) or en.")
        String lang;

        Locale locale() {
            return Options.locale(lang);
        }

        MessageRenderer renderer() {
            return MessageRenderer.forLocale(locale());
        }

        boolean english() {
            return locale().getLanguage().equals("en");
        }
    }

    /**
     * {@code --regions FILE}, on every command that reads households: with it, a household whose
     * village code is not in the table is a reject, whatever the command.
     */
    static final class Regions {
        @Option(
                names = "--regions",
                paramLabel = "FILE",
                description = "A code,name CSV of Kemendagri region codes: unknown codes become rejects and summaries"
                        + " show names.")
        Path file;

        private Optional<RegionTable> table;

        /** The table, read once; empty without the option. */
        Optional<RegionTable> load() throws IOException {
            if (table == null) {
                table = file == null ? Optional.empty() : Optional.of(RegionTable.read(file));
            }
            return table;
        }

        /** Registers region-checking readers on a builder's {@code splitReaderFactory}; none without the option. */
        void register(BiConsumer<HouseholdFormat, SplitReaderFactory> registry) throws IOException {
            Optional<RegionTable> t = load();
            if (t.isPresent()) {
                RegionCheck.register(t.get(), registry);
            }
        }

        /** The reading of household files every command but {@code evaluate} uses, with this option's check. */
        BatchHouseholds.Builder reading() throws IOException {
            BatchHouseholds.Builder reading = BatchHouseholds.builder();
            register(reading::splitReaderFactory);
            return reading;
        }
    }

    static Locale locale(String lang) {
        return switch (lang) {
            case "id" -> Locale.forLanguageTag("id");
            case "en" -> Locale.ENGLISH;
            default -> throw UsageException.of("lang.invalid", lang);
        };
    }

    static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw UsageException.of("option.date", option, text);
        }
    }

    /** The programme of a code, any case, among some; else a usage error listing them. */
    private static ProgramDefinition program(String code, List<ProgramDefinition> programs) {
        for (ProgramDefinition p : programs) {
            if (p.program().code().equals(code.toUpperCase(Locale.ROOT))) {
                return p;
            }
        }
        List<String> known = programs.stream().map(p -> p.program().code()).toList();
        throw UsageException.of("option.program", String.join(", ", known), code);
    }

    /**
     * A re-readable source for an input argument; standard input ({@code -}) is spooled to a temporary
     * file first, since batch evaluation reads its input twice.
     */
    static HouseholdSource source(String input, String formatName) throws IOException {
        Optional<HouseholdFormat> format = formatName == null
                ? Optional.empty()
                : Optional.of(HouseholdFormat.valueOf(formatName.toUpperCase(Locale.ROOT)));
        if (input.equals("-")) {
            Path spool = spool(System.in);
            HouseholdSource file = HouseholdSource.of(spool, format.orElse(HouseholdFormat.JSONL));
            return named(file, "<stdin>");
        }
        Path path = Path.of(input);
        PathCheck.checkReadable(Texts.Msg.of("path.inputFile"), path);
        try {
            return format.isPresent() ? HouseholdSource.of(path, format.get()) : HouseholdSource.of(path);
        } catch (IllegalArgumentException e) {
            throw UsageException.of("option.inputFormat", new Texts.Io(e.getMessage()));
        }
    }

    /**
     * Copies standard input to an owner-only file of the run's directory. A standard input that
     * cannot be read (closed, a directory) is a usage error; a spool that cannot be written, an I/O
     * failure.
     */
    static Path spool(InputStream stdin) throws IOException {
        if (StandardInput.closed()) {
            throw UsageException.of("stdin.closed");
        }
        Path spool = RunDirectory.current().newFile("stdin.spool");
        byte[] buffer = new byte[1 << 16];
        // WRITE only: the file keeps the owner-only permissions it was created with.
        try (InputStream in = stdin;
                OutputStream out = Files.newOutputStream(spool, StandardOpenOption.WRITE)) {
            while (true) {
                int n;
                try {
                    n = in.read(buffer);
                } catch (IOException e) {
                    throw UsageException.of("stdin.unreadable", StandardInput.reason(e));
                }
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
            }
        }
        return spool;
    }

    private static HouseholdSource named(HouseholdSource inner, String name) {
        return new HouseholdSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HouseholdFormat format() {
                return inner.format();
            }

            @Override
            public InputStream open() throws IOException {
                return inner.open();
            }
        };
    }
}
