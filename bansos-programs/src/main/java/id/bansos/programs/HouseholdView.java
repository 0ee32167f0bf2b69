package id.bansos.programs;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.program.Program;
import id.bansos.rules.Evaluation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The household of one evaluation as CEL's runtime reads it: a struct of type {@code
 * bansos.Household} (see {@link HouseholdValues}) whose fields are read from the household only when
 * an expression selects them, and whose members are {@link MemberView}s made on the first {@code
 * household.members}. A field has the value the message would have.
 */
@SuppressWarnings("Immutable") // see MessageView
final class HouseholdView extends MessageView<HouseholdView> {
    final Evaluation evaluation;
    private final Household household;
    private final Optional<Object> asVariable;
    private FieldValue members;
    private FieldValue receives;

    HouseholdView(Evaluation evaluation) {
        super(HouseholdValues.HOUSEHOLD);
        this.evaluation = evaluation;
        this.household = evaluation.household();
        this.asVariable = Optional.of(this);
    }

    @Override
    HouseholdView self() {
        return this;
    }

    /** This view as the value of the variable {@code household}. */
    Optional<Object> asVariable() {
        return asVariable;
    }

    @Override
    FieldValue field(String name) {
        return switch (name) {
            case "id" -> FieldValue.of(household.id());
            case "region" -> FieldValue.of(household.region().toString());
            case "desil" -> FieldValue.of(household.desil().orElse(0));
            case "has_desil" -> FieldValue.of(household.desil().isPresent());
            case "monthly_income" ->
                FieldValue.of(household.monthlyIncome().map(r -> r.amount()).orElse(0L));
            case "has_income" -> FieldValue.of(household.monthlyIncome().isPresent());
            case "receives" -> receives();
            case "members" -> members();
            default -> throw noSuchField(HouseholdValues.HOUSEHOLD, name);
        };
    }

    private FieldValue receives() {
        if (receives == null) {
            List<String> codes = new ArrayList<>(household.receives().size());
            for (Program p : household.receives()) {
                codes.add(p.code());
            }
            receives = FieldValue.ofStrings(Collections.unmodifiableList(codes));
        }
        return receives;
    }

    private FieldValue members() {
        if (members == null) {
            List<Person> persons = household.members();
            List<MemberView> views = new ArrayList<>(persons.size());
            for (int i = 0; i < persons.size(); i++) {
                views.add(new MemberView(evaluation, i, persons.get(i)));
            }
            members = FieldValue.ofMembers(Collections.unmodifiableList(views));
        }
        return members;
    }

    @Override
    public String toString() {
        return "HouseholdView";
    }
}
