package id.bansos.batch;

import id.bansos.model.decision.Decision;
import java.io.IOException;

/**
 * Turns a decision into the bytes of one output record, so that {@link BatchEvaluator} can encode
 * on its worker threads and only write bytes, in input order, on the calling thread.
 *
 * <p>The bytes are written as they are, one record after the other: an encoder for JSON Lines
 * ends each record with its {@code \n}. Implementations must be thread-safe (called from several
 * workers at once) and give the same bytes for equal decisions, so that output is byte-identical
 * whatever the number of threads. Example: {@code d -> (d.householdId() + "\n").getBytes(UTF_8)}.
 */
@FunctionalInterface
public interface DecisionEncoder {
    /**
     * Encodes one decision.
     *
     * @param decision the decision, not null
     * @return the bytes of its record, not null; not changed after return
     * @throws IOException if the decision cannot be encoded
     */
    byte[] encode(Decision decision) throws IOException;
}
