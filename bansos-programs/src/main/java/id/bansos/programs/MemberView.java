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
    FieldValue field(String name) {
        return switch (name) {
            case "index" -> FieldValue.of(index);
            case "sex" -> FieldValue.of(person.sex().name());
            case "age" -> FieldValue.of(evaluation.ageOf(index));
            case "relationship" -> FieldValue.of(person.relationship().name());
            case "alive" -> FieldValue.of(!person.deceased());
            case "pregnant" -> FieldValue.of(person.pregnant());
            case "postpartum" -> FieldValue.of(person.postpartum());
            case "severe_disability" -> FieldValue.of(person.severeDisability());
            case "school_level" ->
                FieldValue.of(person.schoolLevel().map(Enum::name).orElse(""));
            case "occupation" ->
                FieldValue.of(person.occupation().map(Enum::name).orElse(""));
            default -> throw noSuchField(HouseholdValues.MEMBER, name);
        };
    }

    @Override
    public String toString() {
        return "MemberView[" + index + "]";
    }
}
