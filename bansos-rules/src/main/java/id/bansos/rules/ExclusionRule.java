package id.bansos.rules;

import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.rules.internal.LegalBases;
import id.bansos.rules.internal.LibraryRule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A living member with an excluded occupation makes the household not eligible; otherwise the
 * reason {@code TIDAK_DIKECUALIKAN}.
 *
 * <p>Codes: {@code ASN}, {@code TNI}, {@code POLRI}, {@code PENSIUNAN_ASN_TNI_POLRI} give {@code
 * EXCL_ASN_TNI_POLRI}; {@code BUMN_BUMD} gives {@code EXCL_BUMN_BUMD}; {@code PERANGKAT_DESA}
 * gives {@code EXCL_PERANGKAT_DESA}; {@code GURU_SERTIFIKASI}, {@code TENAGA_KESEHATAN}, {@code
 * PEMILIK_USAHA}, {@code PEKERJA_APBN_APBD} give {@code EXCL_PENGHASILAN_TETAP}. One reason per
 * code, in that order, each naming the first such member ({@code member_index}, 0-based) and their
 * occupation. Example: a living member 1 who is {@code POLRI} gives {@code EXCL_ASN_TNI_POLRI}
 * with args {@code member_index=1, occupation=POLRI}.
 *
 * <p>Legal basis: Kepmensos 79/2025 from 2025; before 2025 a Kemensos basis without number or year,
 * since the instrument of that period was not found (no decision cites a later instrument).
 */
final class ExclusionRule extends LibraryRule {
    static final String ID = "common.exclusion";

    private static final List<ReasonCode> ORDER = List.of(
            ReasonCode.EXCL_ASN_TNI_POLRI,
            ReasonCode.EXCL_BUMN_BUMD,
            ReasonCode.EXCL_PERANGKAT_DESA,
            ReasonCode.EXCL_PENGHASILAN_TETAP);

    private static final Map<Occupation, Integer> SLOT = slots();

    private final Reason notExcluded;
    private final Reason notExcludedBefore2025;

    ExclusionRule() {
        super(
                ID,
                "A living member who is ASN, TNI, Polri or their pensioner, a BUMN/BUMD employee, an active"
                        + " perangkat desa, a certified teacher, a health worker, a company owner or an"
                        + " APBN/APBD-paid worker excludes the household (one EXCL_* reason per group);"
                        + " otherwise TIDAK_DIKECUALIKAN.",
                LegalBases.EXCLUSION,
                List.of(),
                LegalBases.EXCLUSION_BEFORE_2025,
                2025);
        this.notExcluded = reason(ReasonCode.TIDAK_DIKECUALIKAN, Map.of(), List.of(), LocalDate.of(2025, 1, 1));
        this.notExcludedBefore2025 =
                reason(ReasonCode.TIDAK_DIKECUALIKAN, Map.of(), List.of(), LocalDate.of(2024, 12, 31));
    }

    private static Map<Occupation, Integer> slots() {
        Map<Occupation, Integer> m = new EnumMap<>(Occupation.class);
        m.put(Occupation.ASN, 0);
        m.put(Occupation.TNI, 0);
        m.put(Occupation.POLRI, 0);
        m.put(Occupation.PENSIUNAN_ASN_TNI_POLRI, 0);
        m.put(Occupation.BUMN_BUMD, 1);
        m.put(Occupation.PERANGKAT_DESA, 2);
        m.put(Occupation.GURU_SERTIFIKASI, 3);
        m.put(Occupation.TENAGA_KESEHATAN, 3);
        m.put(Occupation.PEMILIK_USAHA, 3);
        m.put(Occupation.PEKERJA_APBN_APBD, 3);
        return m;
    }

    @Override
    public Step bind(ParameterValues values) {
        LegalBasis basis = legalBasisOn(values.date());
        Reason notExcludedOnDate = values.date().getYear() < 2025 ? notExcludedBefore2025 : notExcluded;
        return evaluation -> {
            List<Person> members = evaluation.household().members();
            int[] first = null;
            for (int i = 0; i < members.size(); i++) {
                Person p = members.get(i);
                if (p.deceased()) {
                    continue;
                }
                // One call: each call of an Optional attribute's accessor makes a new Optional.
                Optional<Occupation> occupation = p.occupation();
                if (occupation.isEmpty()) {
                    continue;
                }
                Integer slot = SLOT.get(occupation.get());
                if (slot == null) {
                    continue;
                }
                if (first == null) {
                    first = new int[] {-1, -1, -1, -1};
                }
                if (first[slot] < 0) {
                    first[slot] = i;
                }
            }
            if (first == null) {
                evaluation.addReason(notExcludedOnDate);
                return;
            }
            for (int slot = 0; slot < ORDER.size(); slot++) {
                int i = first[slot];
                if (i >= 0) {
                    evaluation.addReason(Reason.builder()
                            .code(ORDER.get(slot))
                            .rule(id())
                            .legalBasis(basis)
                            .putArgs("member_index", Integer.toString(i))
                            .putArgs(
                                    "occupation",
                                    members.get(i).occupation().get().name())
                            .build());
                }
            }
        };
    }
}
