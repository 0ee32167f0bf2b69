/**
 * The rules of bansos for one household: eligibility, benefit, commitments, graduation, monitoring
 * samples, and the national policy. Depends on the model only.
 */
module id.bansos.rules {
    requires transitive id.bansos.model;
    requires com.google.common;
    // The inverse normal distribution of monitoring sample sizes; an automatic module.
    requires commons.math3;
    requires static org.immutables.value.annotations;

    exports id.bansos.rules;
    exports id.bansos.rules.commitment;
    exports id.bansos.rules.graduation;
    exports id.bansos.rules.monitoring;
    exports id.bansos.rules.pkh;
    exports id.bansos.rules.sembako;
}
