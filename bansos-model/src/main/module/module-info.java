/**
 * The nouns of bansos: people, households, identifiers, regions, money, periods, programmes,
 * enrolments, decisions, reasons and dated parameters, as immutable values.
 */
module id.bansos.model {
    requires com.google.common;
    // Immutables' @Generated on the generated classes (CLASS retention): needed to compile, not to run.
    requires static org.immutables.value.annotations;

    exports id.bansos.model;
    exports id.bansos.model.decision;
    exports id.bansos.model.id;
    exports id.bansos.model.lifecycle;
    exports id.bansos.model.money;
    exports id.bansos.model.param;
    exports id.bansos.model.program;
    exports id.bansos.model.time;
    exports id.bansos.model.internal to
            id.bansos.io,
            id.bansos.rules,
            id.bansos.batch,
            id.bansos.testkit,
            id.bansos.cli,
            id.bansos.synthetic,
            id.bansos.bench;
}
