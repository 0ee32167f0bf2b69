/** Analyst scenarios in YAML: a runner usable without JUnit, a JUnit 5 integration, QuickTheories sources. */
// Scenario.programFile() exposes ProgramFile: transitive, although bansos-programs is automatic.
@SuppressWarnings("requires-transitive-automatic")
module id.bansos.testkit {
    requires transitive id.bansos.batch;
    // An automatic module (CEL and protobuf are not modules): a scenario's programs: file.
    requires transitive id.bansos.programs;
    requires id.bansos.synthetic;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    // Only the JUnit integration (id.bansos.testkit.junit) and the generators (id.bansos.testkit.gen)
    // need these; a scenario run without JUnit does not.
    requires static org.junit.jupiter.api;
    requires static quicktheories;
    requires static org.immutables.value.annotations;

    exports id.bansos.testkit;
    exports id.bansos.testkit.gen;
    exports id.bansos.testkit.junit;
}
