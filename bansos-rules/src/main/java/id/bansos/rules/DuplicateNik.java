package id.bansos.rules;

import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.rules.internal.LegalBases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch rule {@code common.data_ganda}: a NIK that appears in more than one household makes
 * each of them not eligible, with the reason {@code DATA_GANDA} added last to the decision the
 * programme's rules gave.
 *
 * <p>Only a batch sees other households, so this is a step after {@link Evaluator#evaluate}, not a
 * {@link Rule}. Example: household {@code H1} shares a NIK with {@code H7} and {@code H9}; {@code
 * DuplicateNik.apply(decision, List.of("H7", "H9"), 2)} gives a decision that is not eligible,
 * amounts 0, no components, the earlier reasons and then {@code DATA_GANDA} with args {@code
 * others="H7, H9", total=2}.
 */
public final class DuplicateNik {
    /** The rule id written into the reason. */
    public static final String RULE_ID = "common.data_ganda";

    /** The most other household ids named in the reason's {@code others} argument. */
    public static final int MAX_LISTED = 10;

    /** What the rule checks, for the rule catalogue. */
    static final String DESCRIPTION = "In a batch, a NIK found in more than one household (deceased members count)"
            + " makes each of them not eligible; DATA_GANDA comes last and names up to 10 other household ids"
            + " and their total.";

    private DuplicateNik() {}

    /**
     * The law the rule rests on.
     *
     * @return the legal basis, not null
     */
    public static LegalBasis legalBasis() {
        return LegalBases.DATA_GANDA;
    }

    /**
     * The law the rule rests on as of a date: Kepmensos 79/2025 from 2025; before 2025 a basis that
     * says the instrument of that period was not found.
     *
     * @param date the decision's date, not null
     * @return the legal basis, not null
     * @throws NullPointerException if {@code date} is null
     */
    public static LegalBasis legalBasisOn(LocalDate date) {
        return LegalBases.on(
                Checks.notNull(date, "date"), LegalBases.DATA_GANDA_BEFORE_2025, 2025, LegalBases.DATA_GANDA);
    }

    /** The reasons without JUMLAH_BANTUAN, which only an eligible decision carries. */
    private static List<Reason> withoutAmount(List<Reason> reasons) {
        List<Reason> kept = new ArrayList<>(reasons.size());
        for (Reason r : reasons) {
            if (!r.code().equals(ReasonCode.JUMLAH_BANTUAN)) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * Returns a decision made not eligible by a duplicate NIK: its reasons, without {@code
     * JUMLAH_BANTUAN} (only an eligible decision carries it), then {@code DATA_GANDA}, with the
     * legal basis in force on the decision's date ({@link #legalBasisOn}).
     *
     * @param decision the decision the programme's rules gave, not null, without {@code DATA_GANDA}
     * @param otherHouseholdIds the other households sharing a NIK with this one, not null, not
     *     empty, no blank id; only the first {@value #MAX_LISTED} are named
     * @param total the number of other households sharing a NIK, at least the size of {@code
     *     otherHouseholdIds}
     * @return the new decision, not null
     * @throws NullPointerException if an argument or an id is null
     * @throws IllegalArgumentException if the list is empty, an id blank, {@code total} too small,
     *     or the decision already has {@code DATA_GANDA}
     */
    public static Decision apply(Decision decision, List<String> otherHouseholdIds, int total) {
        Checks.notNull(decision, "decision");
        Checks.notNull(otherHouseholdIds, "otherHouseholdIds");
        Checks.check(!otherHouseholdIds.isEmpty(), "otherHouseholdIds", "must not be empty");
        Checks.check(
                total >= otherHouseholdIds.size(),
                "total",
                "must be at least the number of other household ids (" + otherHouseholdIds.size() + ")",
                total);
        Checks.check(!decision.reasonCodes().contains(ReasonCode.DATA_GANDA), "decision", "already has DATA_GANDA");
        StringBuilder others = new StringBuilder();
        for (int i = 0; i < otherHouseholdIds.size() && i < MAX_LISTED; i++) {
            String id = Checks.notNull(otherHouseholdIds.get(i), "otherHouseholdIds element");
            Checks.check(!id.isBlank(), "otherHouseholdIds element", "must not be blank");
            others.append(i == 0 ? "" : ", ").append(id);
        }
        Reason reason = Reason.builder()
                .code(ReasonCode.DATA_GANDA)
                .rule(RULE_ID)
                .legalBasis(legalBasisOn(decision.asOf()))
                .putArgs("others", others.toString())
                .putArgs("total", Integer.toString(total))
                .build();
        return Decision.builder()
                .householdId(decision.householdId())
                .program(decision.program())
                .asOf(decision.asOf())
                .eligible(false)
                .annualAmount(Rupiah.ZERO)
                .amountPerPayment(Rupiah.ZERO)
                .addAllReasons(withoutAmount(decision.reasons()))
                .addReasons(reason)
                .policyVersion(decision.policyVersion())
                .engineVersion(decision.engineVersion())
                .build();
    }
}
