package id.bansos.rules.monitoring;

/** How a monitoring sample is spread over strata of regions. */
public enum Allocation {
    /** Each stratum gets a share of the sample in proportion to its households (largest remainder). */
    PROPORTIONAL,
    /** Each stratum gets the same share, as far as its households allow (largest remainder). */
    EQUAL
}
