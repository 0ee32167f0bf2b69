/**
 * The formats of bansos: exchange format v1 in JSON, JSON Lines and CSV, its JSON Schemas, YAML
 * parameter files, hostile-input limits and masking.
 */
module id.bansos.io {
    requires transitive id.bansos.model;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires de.siegmar.fastcsv;
    requires com.google.common;
    requires static org.immutables.value.annotations;

    exports id.bansos.io;
    exports id.bansos.io.csv;
    exports id.bansos.io.json;
    exports id.bansos.io.schema;
    exports id.bansos.io.yaml;

    provides com.fasterxml.jackson.databind.Module with
            id.bansos.io.json.BansosModule;
}
