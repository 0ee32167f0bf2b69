package id.bansos.programs;

import id.bansos.model.Person;
import id.bansos.rules.Evaluation;

/**
 * One member of a {@link HouseholdView}: a struct of type {@code bansos.Member} whose fields are
 * read from the person when an expression selects them; {@code age} is the whole years on the date
 * of the evaluation.
 */
@SuppressWarnings("Immutable") // see MessageView
final class MemberView extends MessageView<MemberView> {
    private final Evaluation evaluation;
    private final int index;
    private final Person person;

    MemberView(Evaluation evaluation, int index, Person person) {
        super(HouseholdValues.MEMBER);
        this.evaluation = evaluation;
        this.index = index;
        this.person = person;
    }

    @Override
    MemberView self() {
        return this;
    }

    @Override
    public Object select(String field) {
        return switch (field) {
            case "index" -> (long) index;
            case "sex" -> person.sex().name();
            case "age" -> (long) evaluation.ageOf(index);
            case "relationship" -> person.relationship().name();
            case "alive" -> !person.deceased();
            case "pregnant" -> person.pregnant();
            case "postpartum" -> person.postpartum();
            case "severe_disability" -> person.severeDisability();
            case "school_level" -> person.schoolLevel().map(Enum::name).orElse("");
            case "occupation" -> person.occupation().map(Enum::name).orElse("");
            default -> throw noSuchField(HouseholdValues.MEMBER, field);
        };
    }

    @Override
    public String toString() {
        return "MemberView[" + index + "]";
    }
}
