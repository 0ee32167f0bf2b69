package id.bansos.io;

import id.bansos.model.Household;
import java.util.Objects;

/**
 * One record of a household file: either a household read whole, or a reject.
 */
public sealed interface HouseholdRecord {
    /**
     * The 1-based line where the record starts.
     *
     * @return the line
     */
    long line();

    /**
     * A household that was read and validated.
     *
     * @param household the household, not null
     * @param line the 1-based line where its object (or first CSV row) starts
     */
    record Accepted(Household household, long line) implements HouseholdRecord {
        /**
         * Checks the components.
         *
         * @param household the household, not null
         * @param line the line, 1 or more
         */
        public Accepted {
            Objects.requireNonNull(household, "household");
        }
    }

    /**
     * A record that was rejected.
     *
     * @param reject what was wrong and where, not null
     */
    record Rejected(Reject reject) implements HouseholdRecord {
        /**
         * Checks the components.
         *
         * @param reject the reject, not null
         */
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }

        @Override
        public long line() {
            return reject.line();
        }
    }
}
