package id.bansos.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.bansos.batch.BatchHouseholds;
import id.bansos.batch.Escape;
import id.bansos.batch.roster.Leaver;
import id.bansos.batch.roster.LeaverRecords;
import id.bansos.batch.roster.Reconciler;
import id.bansos.batch.roster.Reconciliation;
import id.bansos.batch.roster.ReconciliationTable;
import id.bansos.batch.roster.Roster;
import id.bansos.io.ReadLimits;
import id.bansos.model.decision.Reason;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.ProgramDefinition;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bansos reconcile}: who left, joined and stayed between two recipient rosters, and why. */
@Command(
        name = "reconcile",
        mixinStandardHelpOptions = true,
        description = "Compare two recipient rosters: who left, joined, stayed. Each leaver gets the reason the rules"
                + " give as of DATE from its record in --registry (else its before-record): TIDAK_DITEMUKAN when"
                + " missing from the registry, MASIH_LAYAK when still eligible (to review); an exit recorded in"
                + " --enrollments comes first (source ENROLLMENT), then a signed statement in --observations"
                + " (GRAD_MANDIRI). One JSON line per leaver with desil_before and desil_after;"
                + " the table of counts on stderr (stayed + left = before, stayed + joined = after).")
final class ReconcileCommand implements Callable<Integer> {
    @Mixin
    Options.Program program;

    @Mixin
    Options.AsOf.OfReasons asOf;

    @Option(names = "--before", required = true, paramLabel = "FILE", description = "The earlier recipient roster.")
    String before;

    @Option(names = "--after", required = true, paramLabel = "FILE", description = "The later recipient roster.")
    String after;

    @Option(names = "--registry", paramLabel = "FILE", description = "The current registry extract.")
    String registry;

    @Option(
            names = "--enrollments",
            paramLabel = "FILE",
            description = "Enrolments, JSON Lines: a leaver's exit recorded on or before DATE is its primary reason"
                    + " (source ENROLLMENT).")
    Path enrollments;

    @Option(
            names = "--observations",
            paramLabel = "FILE",
            description = "Monitoring observations, JSON Lines: occupations and signed statements found on or before"
                    + " DATE count.")
    Path observations;

    @Option(
            names = "--output",
            paramLabel = "FILE",
            description = "Where leavers go as JSON Lines (default: standard output); written atomically.")
    Path output;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description =
                    "Where rejected records and lines of every file go, as JSON Lines (default: standard" + " error).")
    Path rejectsFile;

    @Mixin
    Options.Parameters parameters;

    @Mixin
    Options.Language language;

    @Mixin
    Options.Regions regions;

    @picocli.CommandLine.ParentCommand
    BansosCommand parent;

    @Override
    public Integer call() throws Exception {
        // Before anything is read: inputs readable, no output onto an input or another output.
        PathCheck.of()
                .input("--before", before)
                .input("--after", after)
                .input("--registry", registry)
                .input("--enrollments", enrollments)
                .input("--observations", observations)
                .inputs("--parameters", parameters.files)
                .input("--regions", regions.file)
                .output("--output", output)
                .output("--rejects", rejectsFile)
                .check();
        ProgramDefinition definition = program.definition();
        LocalDate date = asOf.date();
        language.locale();
        Texts texts = parent.texts;
        ParameterSet params = program.parameters(parameters.files);
        PrintStream err = parent.err;
        BatchHouseholds reading = regions.reading().asOf(date).build();
        long rejected;
        Reconciliation result;
        try (AtomicOutput file = output == null ? null : AtomicOutput.create(output);
                RejectSink onReject = RejectSink.open(rejectsFile, err, texts)) {
            Roster beforeRoster = Roster.of(Options.source(before, null), reading, onReject);
            Roster afterRoster = Roster.of(Options.source(after, null), reading, onReject);
            Optional<Roster> registryRoster = registry == null
                    ? Optional.empty()
                    : Optional.of(Roster.of(Options.source(registry, null), reading, onReject));
            LeaverRecords records = LeaverRecords.of(definition.program(), date, onReject);
            if (enrollments != null) {
                records.readEnrollments(
                        Files.newInputStream(enrollments), GraduateCommand.name(enrollments), ReadLimits.defaults());
            }
            if (observations != null) {
                records.readObservations(
                        Files.newInputStream(observations), GraduateCommand.name(observations), ReadLimits.defaults());
            }
            result = Reconciler.of(definition, params, date)
                    .reconcile(beforeRoster, afterRoster, registryRoster, records);
            OutputStream out = file != null ? file.stream() : new BufferedOutputStream(parent.out, 1 << 16);
            JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.setRootValueSeparator(null);
            for (Leaver l : result.left()) {
                write(json, l);
            }
            json.flush();
            out.flush();
            onReject.commit();
            if (file != null) {
                file.commit();
            }
            rejected = onReject.count();
        }
        err.print(Escape.block(ReconciliationTable.render(result, texts.locale())));
        err.flush();
        return rejected > 0 ? 3 : 0;
    }

    private static void write(JsonGenerator json, Leaver l) throws IOException {
        json.writeStartObject();
        json.writeStringField("household_id", l.householdId());
        json.writeStringField("region", l.region().toString());
        json.writeStringField("source", l.source().name());
        json.writeStringField("primary_reason", l.primaryReason().code());
        if (l.desilBefore().isPresent()) {
            json.writeNumberField("desil_before", l.desilBefore().getAsInt());
        }
        if (l.desilAfter().isPresent()) {
            json.writeNumberField("desil_after", l.desilAfter().getAsInt());
        }
        json.writeArrayFieldStart("reasons");
        for (Reason r : l.reasons()) {
            json.writeString(r.code().code());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
