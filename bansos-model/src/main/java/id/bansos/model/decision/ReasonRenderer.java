package id.bansos.model.decision;

/**
 * Renders a reason as text for the {@code message} key of a written decision, e.g. in Indonesian
 * or English.
 *
 * <p>With an {@code ObjectMapper}, pass it per writer:
 * {@code mapper.writer().withAttribute(ReasonRenderer.class, renderer)}; without one, decisions are
 * written with no {@code message} key. Readers ignore {@code message}.
 *
 * <p>A renderer is a function of the reason: equal reasons get equal messages (the encoder of batch
 * evaluation, {@code DecisionWriter.encode} in bansos-io, renders each distinct reason once and reuses the text).
 */
@FunctionalInterface
public interface ReasonRenderer {
    /**
     * Renders one reason.
     *
     * @param reason the reason, not null
     * @return the message, or null to write none for this reason
     */
    String render(Reason reason);
}
