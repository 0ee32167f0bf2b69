package id.bansos.cli;

import id.bansos.model.Household;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.program.Program;
import id.bansos.rules.MessageRenderer;

/** Renders a decision as a plain-text page in Bahasa Indonesia or English. */
final class ExplanationPage {
    private final MessageRenderer messages;
    private final boolean english;

    ExplanationPage(MessageRenderer messages, boolean english) {
        this.messages = messages;
        this.english = english;
    }

    private String t(String id, String en) {
        return english ? en : id;
    }

    String render(Household household, Decision d) {
        StringBuilder sb = new StringBuilder();
        sb.append(t("KEPUTUSAN ", "DECISION "))
                .append(d.program())
                .append(t(" per ", " as of "))
                .append(d.asOf())
                .append('\n');
        sb.append(t("Keluarga: ", "Household: ")).append(Escape.line(d.householdId()));
        sb.append(t(" (wilayah ", " (region ")).append(household.region()).append(")\n");
        sb.append(t("Hasil: ", "Outcome: "))
                .append(d.eligible() ? t("LAYAK", "ELIGIBLE") : t("TIDAK LAYAK", "NOT ELIGIBLE"))
                .append('\n');
        if (d.eligible()) {
            sb.append(t("Bantuan setahun: ", "Annual amount: "))
                    .append(d.annualAmount().format())
                    .append('\n');
            sb.append(
                            d.program().equals(Program.PKH)
                                    ? t("Dibayar pada tahap ini: ", "Payment for this tahap: ")
                                    : t("Per bulan: ", "Per month: "))
                    .append(d.amountPerPayment().format())
                    .append('\n');
        }
        if (!d.components().isEmpty()) {
            sb.append('\n').append(t("Komponen:", "Components:")).append('\n');
            for (ComponentAward c : d.components()) {
                sb.append(String.format(
                        java.util.Locale.ROOT,
                        "  %-3s %s  %-17s %14s  %s%n",
                        "#" + c.memberIndex(),
                        c.memberNikMasked(),
                        c.component(),
                        c.annualAmount().format(),
                        c.paid() ? t("dibayar", "paid") : t("tidak dibayar (batas komponen)", "not paid (cap)")));
            }
        }
        sb.append('\n').append(t("Alasan:", "Reasons:")).append('\n');
        int i = 1;
        for (Reason r : d.reasons()) {
            sb.append("  ")
                    .append(i++)
                    .append(". ")
                    .append(r.code())
                    .append(" — ")
                    .append(Escape.line(messages.render(r)))
                    .append('\n');
            sb.append("     ").append(t("Aturan: ", "Rule: ")).append(r.rule()).append('\n');
            sb.append("     ")
                    .append(t("Dasar hukum: ", "Legal basis: "))
                    .append(Escape.line(basis(r.legalBasis())))
                    .append('\n');
            for (ParameterUse p : r.parameters()) {
                sb.append("     ")
                        .append(t("Parameter: ", "Parameter: "))
                        .append(p.key())
                        .append(" = ")
                        .append(p.value())
                        .append(t(" (berlaku sejak ", " (in force from "))
                        .append(p.effectiveFrom())
                        .append(")\n");
            }
        }
        sb.append('\n')
                .append(t("Versi kebijakan: ", "Policy version: "))
                .append(d.policyVersion())
                .append('\n')
                .append(t("Versi mesin: ", "Engine version: "))
                .append(d.engineVersion())
                .append('\n');
        return sb.toString();
    }

    static String basis(LegalBasis b) {
        StringBuilder sb = new StringBuilder(b.instrument());
        b.number().ifPresent(n -> sb.append(' ').append(n));
        b.year().ifPresent(y -> sb.append(b.number().isPresent() ? "/" : " ").append(y));
        b.article().ifPresent(a -> sb.append(", ").append(a));
        b.note().ifPresent(n -> sb.append(" — ").append(n));
        return sb.toString();
    }
}
