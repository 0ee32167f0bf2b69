/** The {@code bansos} command. */
module id.bansos.cli {
    requires id.bansos.batch;
    requires id.bansos.testkit;
    // An automatic module: CEL and protobuf, which it needs, are not modules.
    requires id.bansos.programs;
    requires id.bansos.synthetic;
    requires info.picocli;
    requires com.google.common;
    requires java.management;

    // picocli sets the options' fields by reflection.
    opens id.bansos.cli to
            info.picocli;
}
