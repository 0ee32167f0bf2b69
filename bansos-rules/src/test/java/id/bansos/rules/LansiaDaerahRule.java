package id.bansos.rules;

import id.bansos.model.Person;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example district rule of {@code docs/district-programme.md}: every living member aged {@code
 * lansia_daerah.min_age} or more receives {@code lansia_daerah.annual_amount} a year, paid monthly.
 */
public final class LansiaDaerahRule implements Rule {
    public static final ParameterSpec<Integer> MIN_AGE = ParameterSpec.of("lansia_daerah.min_age", Integer.class);
    public static final ParameterSpec<Rupiah> AMOUNT = ParameterSpec.of("lansia_daerah.annual_amount", Rupiah.class);
    public static final ReasonCode TIDAK_ADA_LANSIA = ReasonCode.of("TIDAK_ADA_LANSIA");
    public static final Component LANSIA_DAERAH = Component.of("LANSIA_DAERAH");
    public static final LegalBasis PERBUP = LegalBasis.builder()
            .instrument("Perbup Contoh")
            .number("7")
            .year(2023)
            .note("[P] example district programme")
            .build();

    /** The district programme of the example: the deceased and exclusion rules, then this rule. */
    public static final ProgramDefinition PROGRAM = ProgramDefinition.of(
            Program.of("LANSIA_DAERAH"),
            List.of(Rules.deceased("lansia_daerah.meninggal", PERBUP), Rules.exclusion(), new LansiaDaerahRule()));

    @Override
    public String id() {
        return "lansia_daerah.lansia";
    }

    @Override
    public String description() {
        return "Each living member aged lansia_daerah.min_age or more receives lansia_daerah.annual_amount a year.";
    }

    @Override
    public LegalBasis legalBasis() {
        return PERBUP;
    }

    @Override
    public List<ParameterSpec<?>> parameters() {
        return List.of(MIN_AGE, AMOUNT);
    }

    @Override
    public Step bind(ParameterValues values) {
        int minAge = values.get(MIN_AGE);
        Rupiah perPerson = values.get(AMOUNT);
        List<ParameterUse> uses = List.of(values.use(MIN_AGE), values.use(AMOUNT));
        return evaluation -> {
            List<Person> members = evaluation.household().members();
            int count = 0;
            for (int i = 0; i < members.size(); i++) {
                if (!members.get(i).deceased() && evaluation.ageOf(i) >= minAge) {
                    evaluation.addComponent(i, LANSIA_DAERAH, perPerson);
                    count++;
                }
            }
            Map<String, String> args = new LinkedHashMap<>();
            if (count == 0) {
                args.put("min_age", Integer.toString(minAge));
                evaluation.addReason(TIDAK_ADA_LANSIA, args, uses);
                return;
            }
            args.put("count", Integer.toString(count));
            evaluation.addReason(ReasonCode.MEMENUHI_KOMPONEN, args, uses);
            Rupiah annual = perPerson.times(count);
            evaluation.setAmounts(annual, annual.divide(12, RoundingMode.DOWN));
        };
    }
}
