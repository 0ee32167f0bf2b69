package id.bansos.rules.pkh;

import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.rules.Evaluation;
import id.bansos.rules.ParameterSpec;
import id.bansos.rules.ParameterValues;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * POLICY-V2 rules 4 and 5: each living member qualifies for every PKH component that applies on the
 * date (recorded with {@link id.bansos.rules.Evaluation#addQualification}); a household with no
 * qualifying member gives {@code TIDAK_ADA_KOMPONEN}, otherwise {@code MEMENUHI_KOMPONEN} with the
 * number of qualifying members ({@code count}). Which component each member is paid for is the
 * assignment of {@code pkh.cap}.
 *
 * <p>Components, in list order: {@code IBU_HAMIL} (female, pregnant or post-partum, and {@code
 * pregnancy_order} absent or at most {@code pkh.ibu_hamil.max_pregnancy_order}); {@code ANAK_USIA_DINI} (age ≤ {@code pkh.anak_usia_dini.max_age}, not in
 * school); {@code SD}, {@code SMP}, {@code SMA} (enrolled at that level, age ≤ {@code
 * pkh.school.max_age}); {@code DISABILITAS_BERAT}; {@code LANJUT_USIA} (age ≥ {@code
 * pkh.lanjut_usia.min_age}). A component whose index or age limit is {@code none} is not in force;
 * a maximum pregnancy order of {@code none} does not limit the pregnancy component.
 *
 * <p>Example: on 2024-03-01 a pregnant woman of 72 in her second pregnancy qualifies for {@code
 * IBU_HAMIL} (Rp3.000.000) and {@code LANJUT_USIA} (Rp2.400.000); in her third pregnancy only for
 * {@code LANJUT_USIA}.
 */
final class PkhComponentRule extends LibraryRule {
    static final String ID = "pkh.component";

    private static final int IBU_HAMIL = 0;
    private static final int ANAK_USIA_DINI = 1;
    private static final int SD = 2;
    private static final int SMP = 3;
    private static final int SMA = 4;
    private static final int DISABILITAS_BERAT = 5;
    private static final int LANJUT_USIA = 6;

    /** Households with more component persons than this get their reason built when decided. */
    private static final int PREBUILT = 16;

    private static final List<Component> COMPONENTS = List.of(
            Component.IBU_HAMIL,
            Component.ANAK_USIA_DINI,
            Component.SD,
            Component.SMP,
            Component.SMA,
            Component.DISABILITAS_BERAT,
            Component.LANJUT_USIA);

    private static final List<ParameterSpec<Rupiah>> INDEX = indexSpecs();
    private static final ParameterSpec<Integer> ANAK_MAX_AGE =
            ParameterSpec.of("pkh.anak_usia_dini.max_age", Integer.class);
    private static final ParameterSpec<Integer> SCHOOL_MAX_AGE = ParameterSpec.of("pkh.school.max_age", Integer.class);
    private static final ParameterSpec<Integer> LANSIA_MIN_AGE =
            ParameterSpec.of("pkh.lanjut_usia.min_age", Integer.class);
    private static final ParameterSpec<Integer> MAX_PREGNANCY_ORDER =
            ParameterSpec.of("pkh.ibu_hamil.max_pregnancy_order", Integer.class);

    PkhComponentRule() {
        super(
                ID,
                "Each living member qualifies for every component that applies on the date: IBU_HAMIL"
                        + " (pregnant or post-partum, pregnancy_order absent or up to"
                        + " pkh.ibu_hamil.max_pregnancy_order), ANAK_USIA_DINI (age up to"
                        + " pkh.anak_usia_dini.max_age, not in school), SD/SMP/SMA (enrolled, age up to"
                        + " pkh.school.max_age), DISABILITAS_BERAT and LANJUT_USIA (age from"
                        + " pkh.lanjut_usia.min_age). No qualifying member: TIDAK_ADA_KOMPONEN; else"
                        + " MEMENUHI_KOMPONEN with the number of qualifying members.",
                LegalBases.PKH_COMPONENT,
                allSpecs());
    }

    private static List<ParameterSpec<Rupiah>> indexSpecs() {
        List<ParameterSpec<Rupiah>> specs = new ArrayList<>();
        for (Component c : COMPONENTS) {
            specs.add(ParameterSpec.of("pkh.index." + c.code(), Rupiah.class));
        }
        return List.copyOf(specs);
    }

    private static List<ParameterSpec<?>> allSpecs() {
        List<ParameterSpec<?>> specs = new ArrayList<>(INDEX);
        specs.add(ANAK_MAX_AGE);
        specs.add(SCHOOL_MAX_AGE);
        specs.add(LANSIA_MIN_AGE);
        specs.add(MAX_PREGNANCY_ORDER);
        return specs;
    }

    @Override
    public Step bind(ParameterValues values) {
        Rupiah[] index = new Rupiah[COMPONENTS.size()];
        for (int c = 0; c < index.length; c++) {
            index[c] = values.find(INDEX.get(c)).orElse(null);
        }
        // -1 and MAX_VALUE make a component whose age limit is none unreachable.
        int anakMaxAge = values.find(ANAK_MAX_AGE).orElse(-1);
        int schoolMaxAge = values.find(SCHOOL_MAX_AGE).orElse(-1);
        int lansiaMinAge = values.find(LANSIA_MIN_AGE).orElse(Integer.MAX_VALUE);
        int maxPregnancyOrder = values.find(MAX_PREGNANCY_ORDER).orElse(Integer.MAX_VALUE);
        List<ParameterUse> uses = values.uses(parameters());
        Reason none = reason(ReasonCode.TIDAK_ADA_KOMPONEN, Map.of(), uses, values.date());
        // The reason for 1 to PREBUILT component persons is built once per date, not per household.
        Reason[] found = new Reason[PREBUILT + 1];
        for (int n = 1; n <= PREBUILT; n++) {
            found[n] = found(n, uses, values.date());
        }
        return evaluation -> {
            List<Person> members = evaluation.household().members();
            for (int i = 0; i < members.size(); i++) {
                Person p = members.get(i);
                if (p.deceased()) {
                    continue;
                }
                int age = evaluation.ageOf(i);
                Optional<SchoolLevel> school = p.schoolLevel();
                if ((p.pregnant() || p.postpartum()) && p.pregnancyOrder().orElse(1) <= maxPregnancyOrder) {
                    qualify(evaluation, i, index, IBU_HAMIL);
                }
                if (school.isEmpty() && age <= anakMaxAge) {
                    qualify(evaluation, i, index, ANAK_USIA_DINI);
                }
                if (school.isPresent() && age <= schoolMaxAge) {
                    qualify(evaluation, i, index, schoolComponent(school.get()));
                }
                if (p.severeDisability()) {
                    qualify(evaluation, i, index, DISABILITAS_BERAT);
                }
                if (age >= lansiaMinAge) {
                    qualify(evaluation, i, index, LANJUT_USIA);
                }
            }
            int count = evaluation.components().size();
            if (count == 0) {
                evaluation.addReason(none);
            } else {
                evaluation.addReason(count <= PREBUILT ? found[count] : found(count, uses, evaluation.asOf()));
            }
        };
    }

    private Reason found(int count, List<ParameterUse> uses, LocalDate date) {
        return Reason.builder()
                .code(ReasonCode.MEMENUHI_KOMPONEN)
                .rule(id())
                .legalBasis(legalBasisOn(date))
                .putArgs("count", Integer.toString(count))
                .addAllParameters(uses)
                .build();
    }

    private static int schoolComponent(SchoolLevel level) {
        return switch (level) {
            case SD -> SD;
            case SMP -> SMP;
            default -> SMA;
        };
    }

    /** Records a qualification where the component's index is in force. */
    private static void qualify(Evaluation evaluation, int member, Rupiah[] index, int component) {
        Rupiah value = index[component];
        if (value != null) {
            evaluation.addQualification(member, COMPONENTS.get(component), value);
        }
    }
}
