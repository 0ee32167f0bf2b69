/**
 * Many households: batch evaluation in two passes, its index and spill files, summaries, what-if,
 * roster reconciliation and replacement, and district parameter files.
 */
module id.bansos.batch {
    requires transitive id.bansos.model;
    requires transitive id.bansos.io;
    requires transitive id.bansos.rules;
    requires com.google.common;
    requires static org.immutables.value.annotations;

    exports id.bansos.batch;
    exports id.bansos.batch.roster;
    exports id.bansos.batch.internal to
            id.bansos.testkit,
            id.bansos.cli;
}
