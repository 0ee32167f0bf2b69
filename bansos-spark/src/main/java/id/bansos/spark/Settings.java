package id.bansos.spark;

import id.bansos.batch.BatchEvaluator;
import id.bansos.batch.PolicyFiles;
import id.bansos.io.yaml.ParameterFileReader;
import id.bansos.model.param.ParameterSet;
import id.bansos.programs.ProgramFile;
import id.bansos.rules.MessageRenderer;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.ProgramDefinition;
import id.bansos.rules.Programs;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every task needs to decide as the driver does: the programme, the date, the programme and
 * parameter files' texts (a cluster's executors cannot read the driver's files) and the language.
 * Each executor JVM prepares the evaluator once per settings.
 *
 * @param program the programme's code, such as {@code PKH}, or a code of the programme files
 * @param asOf the date of evaluation
 * @param programs the programme files (PROGRAMS-V1) in order, as name and YAML text
 * @param parameters the district parameter files in layering order, as name and YAML text
 * @param language {@code id} or {@code en}
 */
record Settings(String program, LocalDate asOf, List<FileText> programs, List<FileText> parameters, String language)
        implements Serializable {
    private static final Map<Settings, Prepared> PREPARED = new ConcurrentHashMap<>();

    /**
     * A file's name (as shown in errors) and text.
     *
     * @param name the name
     * @param text the YAML
     */
    record FileText(String name, String text) implements Serializable {
        @Override
        public String toString() {
            return "FileText[" + name + "]";
        }
    }

    /** The evaluator and message renderer of these settings, made once per JVM. */
    record Prepared(BatchEvaluator evaluator, MessageRenderer renderer, Locale locale) {}

    Settings {
        programs = List.copyOf(programs);
        parameters = List.copyOf(parameters);
    }

    /**
     * The programme of a code, case-insensitive: of the programme files first, as {@code bansos
     * --programs} finds it, then national; empty if none has it.
     */
    static Optional<ProgramDefinition> programOf(String code, List<ProgramDefinition> own) {
        for (ProgramDefinition p : own) {
            if (p.program().code().equals(code.toUpperCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        for (ProgramDefinition p : Programs.national()) {
            if (p.program().code().equals(code.toUpperCase(Locale.ROOT))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The locale of a language, or empty if it is neither {@code id} nor {@code en}. */
    static Optional<Locale> localeOf(String language) {
        return switch (language) {
            case "id" -> Optional.of(Locale.forLanguageTag("id"));
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /**
     * Prepares the evaluator, or returns the one this JVM prepared before.
     *
     * @throws IllegalArgumentException if the programme or language is unknown
     * @throws id.bansos.io.InputException if a parameter file is not valid
     */
    Prepared prepared() {
        return PREPARED.computeIfAbsent(this, Settings::prepare);
    }

    /** The programme files as one, read from their texts; empty without any. */
    ProgramFile programFiles() {
        List<ProgramFile> files = new ArrayList<>();
        for (FileText f : programs) {
            files.add(ProgramFile.read(new StringReader(f.text()), f.name()));
        }
        return ProgramFile.combine(files);
    }

    private Prepared prepare() {
        ProgramFile files = programFiles();
        ProgramDefinition definition = programOf(program, files.programs())
                .orElseThrow(() -> new IllegalArgumentException("no programme " + program));
        Locale locale = localeOf(language).orElseThrow(() -> new IllegalArgumentException("no language " + language));
        // As bansos --programs: the files' own parameters over the national policy, the district
        // files over both (they may set the programme files' keys too).
        List<ProgramDefinition> all = new ArrayList<>(Programs.national());
        all.addAll(files.programs());
        ParameterFileReader reader = PolicyFiles.readerFor(all);
        ParameterSet set = files.layeredOver(NationalPolicy.load());
        for (FileText p : parameters) {
            set = reader.read(new StringReader(p.text()), p.name()).layeredOver(set);
        }
        MessageRenderer renderer = MessageRenderer.forLocale(locale);
        if (!programs.isEmpty()) {
            renderer = renderer.withTexts(files.messages(locale));
        }
        BatchEvaluator evaluator = BatchEvaluator.builder()
                .program(definition)
                .parameters(set)
                .asOf(asOf)
                .threads(1)
                .build();
        return new Prepared(evaluator, renderer, locale);
    }
}
