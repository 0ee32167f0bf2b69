package id.bansos.batch;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.ParameterUse;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.internal.Checks;
import id.bansos.model.money.Rupiah;
import id.bansos.model.param.Parameter;
import id.bansos.model.param.ParameterSet;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import id.bansos.rules.MessageRenderer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Renders a decision as a plain-text page in Bahasa Indonesia or English that a Dinas Sosial officer
 * can hand to the family (POLICY-V2, issue 14): the outcome; the amounts in Rupiah with the payment
 * of this tahap or month named ({@code Tahap III 2024}, {@code Juni 2020}); the members who qualify,
 * numbered as on the family card (from 1), with NIK masked, and for each one not paid the limit that
 * applied; each reason as a sentence with its code in brackets and the legal instrument it rests on
 * (name, number, year, article; never the provenance note, which stays in the JSON and docs/); and
 * only the parameter values the decision used, with their dates.
 *
 * <p>Numbers have one format per language: Indonesian {@code Rp3.000.000}, English {@code
 * Rp3,000,000}. Dates and month names come from this class, never from the default locale.
 *
 * <p>A district programme (a programme file, PROGRAMS-V1) is named by {@link
 * #withProgramNames(Function)} and its Rupiah values shown as Rupiah by {@link
 * #withParameters(ParameterSet)}; without them the page shows its code and its values as they are.
 *
 * <p>Used by {@code bansos explain} and by the HTTP server's {@code /v1/explain}, so the two show
 * the same page. Example: {@code new ExplanationPage(MessageRenderer.forLocale(Locale.ENGLISH), true)
 * .render(household, decision)}. Immutable and thread-safe.
 */
public final class ExplanationPage {
    private static final List<String> MONTHS_ID = List.of(
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember");
    private static final List<String> MONTHS_EN = List.of(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV");

    private static final String MAX_PERSONS = "pkh.max_persons.";
    private static final String INDEX = "pkh.index.";
    private static final String MAX_PREGNANCY_ORDER = "pkh.ibu_hamil.max_pregnancy_order";
    private static final String FIXED_BENEFIT = "pkh.fixed_benefit";

    private static final List<ReasonCode> EXCLUSIONS = List.of(
            ReasonCode.EXCL_ASN_TNI_POLRI,
            ReasonCode.EXCL_BUMN_BUMD,
            ReasonCode.EXCL_PERANGKAT_DESA,
            ReasonCode.EXCL_PENGHASILAN_TETAP);

    private final MessageRenderer messages;
    private final boolean english;
    private final Function<String, Optional<String>> programNames;
    private final ParameterSet parameters;

    /**
     * Creates a page renderer for one language.
     *
     * @param messages renders the reasons' messages, not null; in the language of {@code english}
     * @param english true for English texts, false for Bahasa Indonesia
     * @throws NullPointerException if {@code messages} is null
     */
    public ExplanationPage(MessageRenderer messages, boolean english) {
        this(messages, english, code -> Optional.empty(), ParameterSet.empty());
    }

    private ExplanationPage(
            MessageRenderer messages,
            boolean english,
            Function<String, Optional<String>> programNames,
            ParameterSet parameters) {
        this.messages = Checks.notNull(messages, "messages");
        this.english = english;
        this.programNames = Checks.notNull(programNames, "programNames");
        this.parameters = Checks.notNull(parameters, "parameters");
    }

    /**
     * Returns this page renderer naming the programmes other than PKH and Program Sembako by {@code
     * names} (e.g. those a programme file gives, in the page's language), else by their code.
     *
     * @param names the name of a programme code, or empty; not null, never returning null
     * @return a new page renderer, not null
     * @throws NullPointerException if {@code names} is null
     */
    public ExplanationPage withProgramNames(Function<String, Optional<String>> names) {
        return new ExplanationPage(messages, english, names, parameters);
    }

    /**
     * Returns this page renderer reading the types of the parameters the decisions used from {@code
     * parameters}: a value of a Rupiah parameter that the page has no sentence for is shown as Rupiah
     * ({@code Rp150.000}), not as digits.
     *
     * @param parameters the parameter set the decisions were made with, not null
     * @return a new page renderer, not null
     * @throws NullPointerException if {@code parameters} is null
     */
    public ExplanationPage withParameters(ParameterSet parameters) {
        return new ExplanationPage(messages, english, programNames, parameters);
    }

    private String t(String id, String en) {
        return english ? en : id;
    }

    /** What the page needs to know of one decision besides the decision itself. */
    private record Facts(
            Decision decision,
            Optional<Reason> amount,
            Optional<Reason> limit,
            Map<String, ParameterUse> used,
            long componentTotal) {
        Optional<String> arg(Optional<Reason> reason, String name) {
            return reason.map(r -> r.args().get(name));
        }
    }

    /**
     * Renders one household's decision as the page.
     *
     * @param household the household as read, not null
     * @param d its decision, not null
     * @return the page, lines ending with a line feed, not null
     * @throws NullPointerException if an argument is null
     */
    public String render(Household household, Decision d) {
        Checks.notNull(household, "household");
        Checks.notNull(d, "d");
        Map<String, ParameterUse> used = new LinkedHashMap<>();
        for (Reason r : d.reasons()) {
            for (ParameterUse p : r.parameters()) {
                used.putIfAbsent(p.key(), p);
            }
        }
        long paid = 0;
        for (ComponentAward c : d.components()) {
            if (c.paid()) {
                paid += c.annualAmount().amount();
            }
        }
        Facts f = new Facts(d, reason(d, ReasonCode.JUMLAH_BANTUAN), reason(d, ReasonCode.BATAS_KOMPONEN), used, paid);

        StringBuilder sb = new StringBuilder();
        sb.append(t("KEPUTUSAN ", "DECISION "))
                .append(programName(d.program()))
                .append(t(" per ", " as of "))
                .append(date(d.asOf()))
                .append('\n');
        sb.append(t("Keluarga: ", "Household: ")).append(Escape.line(d.householdId()));
        sb.append(t(" (wilayah ", " (region ")).append(household.region()).append(")\n");
        sb.append(t("Hasil: ", "Outcome: "))
                .append(d.eligible() ? t("LAYAK", "ELIGIBLE") : t("TIDAK LAYAK", "NOT ELIGIBLE"))
                .append('\n');
        if (d.eligible()) {
            sb.append(t("Bantuan setahun: ", "Annual amount: "))
                    .append(rp(d.annualAmount()))
                    .append(annualWorking(f))
                    .append('\n');
            sb.append(paymentTitle(f))
                    .append(": ")
                    .append(rp(d.amountPerPayment()))
                    .append(paymentWorking(f))
                    .append('\n');
        }
        List<String> members = members(household, f);
        if (!members.isEmpty()) {
            sb.append('\n')
                    .append(t(
                            "Anggota keluarga dan komponen PKH (nomor urut seperti pada Kartu Keluarga):",
                            "Family members and PKH components (numbered as on the family card, KK):"))
                    .append('\n');
            for (String line : members) {
                sb.append("  ").append(line).append('\n');
            }
        }
        sb.append('\n').append(t("Alasan:", "Reasons:")).append('\n');
        int i = 1;
        for (Reason r : d.reasons()) {
            sb.append("  ")
                    .append(i++)
                    .append(". ")
                    .append(Escape.line(sentence(r, f)))
                    .append(" [")
                    .append(r.code().code())
                    .append("]\n");
            sb.append("     ")
                    .append(t("Dasar hukum: ", "Legal basis: "))
                    .append(Escape.line(basis(r.legalBasis())))
                    .append('\n');
        }
        List<String> values = values(household, f);
        if (!values.isEmpty()) {
            sb.append('\n')
                    .append(t("Nilai yang dipakai dalam keputusan ini:", "Values used in this decision:"))
                    .append('\n');
            for (String line : values) {
                sb.append("  ").append(Escape.line(line)).append('\n');
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

    private static Optional<Reason> reason(Decision d, ReasonCode code) {
        for (Reason r : d.reasons()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- amounts and the payment

    /** {@code " (komponen Rp4.800.000 + bantuan tetap Rp550.000)"} where it adds up, else empty. */
    private String annualWorking(Facts f) {
        Decision d = f.decision();
        long annual = d.annualAmount().amount();
        if (d.program().equals(Program.PKH)) {
            long fixed = number(f.used().get(FIXED_BENEFIT)).orElse(0);
            if (fixed > 0 && f.componentTotal() + fixed == annual) {
                return " (" + t("komponen ", "components ") + rp(f.componentTotal()) + " + "
                        + t("bantuan tetap ", "fixed benefit ") + rp(fixed) + ")";
            }
        } else if (d.amountPerPayment().amount() * 12 == annual && annual > 0) {
            return " (12 × " + rp(d.amountPerPayment()) + ")";
        }
        return "";
    }

    /** The payment named: {@code Pembayaran Tahap III 2024 (Juli sampai September)}, {@code Pembayaran Juni 2020}. */
    private String paymentTitle(Facts f) {
        Optional<String> period = period(f.amount(), f.decision().asOf());
        if (period.isEmpty()) {
            return t("Pembayaran kali ini", "This payment");
        }
        StringBuilder sb = new StringBuilder(t("Pembayaran ", "Payment for ")).append(period.get());
        OptionalInt tahap = integer(f.arg(f.amount(), "tahap"));
        if (isTahap(f) && tahap.isPresent()) {
            int first = (tahap.getAsInt() - 1) * 3;
            sb.append(" (")
                    .append(month(first))
                    .append(t(" sampai ", " to "))
                    .append(month(first + 2))
                    .append(')');
        }
        return sb.toString();
    }

    private boolean isTahap(Facts f) {
        return f.arg(f.amount(), "schedule").filter("TAHAP"::equals).isPresent();
    }

    /**
     * How a PKH payment is made up (POLICY-V2 rule 8), e.g. {@code " (seperempat dari Rp4.800.000 +
     * bantuan tetap Rp550.000)"}; empty when it does not give the decision's amount (a district rule
     * may compute it otherwise) or for another programme.
     */
    private String paymentWorking(Facts f) {
        Decision d = f.decision();
        Optional<String> schedule = f.arg(f.amount(), "schedule");
        if (!d.program().equals(Program.PKH) || schedule.isEmpty() || f.componentTotal() == 0) {
            return "";
        }
        boolean monthly = schedule.get().equals("MONTHLY");
        if (!monthly && !schedule.get().equals("TAHAP")) {
            return "";
        }
        int divisor = monthly ? 12 : 4;
        OptionalInt period = integer(f.arg(f.amount(), monthly ? "month" : "tahap"));
        long fixed = period.orElse(0) == 1 ? number(f.used().get(FIXED_BENEFIT)).orElse(0) : 0;
        long share = f.componentTotal() / divisor;
        if (share + fixed != d.amountPerPayment().amount()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (")
                .append(monthly ? t("seperdua belas dari ", "a twelfth of ") : t("seperempat dari ", "a quarter of "))
                .append(rp(f.componentTotal()));
        if (f.componentTotal() % divisor != 0) {
            sb.append(t(", dibulatkan ke bawah", ", rounded down"));
        }
        if (fixed > 0) {
            sb.append(" + ").append(t("bantuan tetap ", "fixed benefit ")).append(rp(fixed));
        }
        return sb.append(')').toString();
    }

    /** The payment's period from JUMLAH_BANTUAN: {@code Tahap III 2024} or {@code Juni 2020}. */
    private Optional<String> period(Optional<Reason> amount, LocalDate date) {
        Optional<String> schedule = amount.map(r -> r.args().get("schedule"));
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> args = amount.get().args();
        if (schedule.get().equals("TAHAP")) {
            OptionalInt tahap = integer(Optional.ofNullable(args.get("tahap")));
            if (tahap.isPresent() && tahap.getAsInt() >= 1 && tahap.getAsInt() <= 4) {
                return Optional.of("Tahap " + ROMAN.get(tahap.getAsInt() - 1) + " " + date.getYear());
            }
        } else if (schedule.get().equals("MONTHLY")) {
            OptionalInt month = integer(Optional.ofNullable(args.get("month")));
            if (month.isPresent() && month.getAsInt() >= 1 && month.getAsInt() <= 12) {
                return Optional.of(month(month.getAsInt() - 1) + " " + date.getYear());
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- members

    /**
     * One line per member who qualifies for a component (paid, or not paid and why), and one per
     * living member whose pregnancy is beyond the order the pregnancy component is paid for; in
     * family card order, numbered from 1.
     */
    private List<String> members(Household household, Facts f) {
        List<Line> lines = new ArrayList<>();
        for (ComponentAward c : f.decision().components()) {
            StringBuilder sb = new StringBuilder()
                    .append(member(c.memberIndex()))
                    .append(" (NIK ")
                    .append(c.memberNikMasked())
                    .append("): ")
                    .append(componentName(c.component()))
                    .append(", ")
                    .append(rp(c.annualAmount()))
                    .append(t(" setahun, ", " a year, "));
            if (c.paid()) {
                sb.append(t("dibayar", "paid"));
            } else {
                sb.append(t("tidak dibayar: ", "not paid: ")).append(whyNotPaid(c.component(), f));
            }
            lines.add(new Line(c.memberIndex(), sb.toString()));
        }
        OptionalLong maxOrder = number(f.used().get(MAX_PREGNANCY_ORDER));
        List<Person> people = household.members();
        for (int i = 0; i < people.size() && maxOrder.isPresent(); i++) {
            OptionalInt order = beyondPregnancyOrder(people.get(i), maxOrder.getAsLong());
            if (order.isPresent()) {
                lines.add(new Line(
                        i,
                        member(i) + " (NIK " + people.get(i).nik().masked() + "): "
                                + t(
                                        "kehamilan ke-" + order.getAsInt()
                                                + ", tidak dibayar komponen ibu hamil: komponen ini hanya sampai"
                                                + " kehamilan ke-" + maxOrder.getAsLong(),
                                        "pregnancy number " + order.getAsInt()
                                                + ", not paid the pregnancy component: it is paid only up to"
                                                + " pregnancy number " + maxOrder.getAsLong())));
            }
        }
        // Stable: a member's component line comes before their pregnancy line.
        lines.sort(Comparator.comparingInt(Line::member));
        List<String> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            out.add(line.text());
        }
        return out;
    }

    /** A line of the members' section and the member it is about (0-based). */
    private record Line(int member, String text) {}

    /** The order of a living member's pregnancy when it is above the maximum, else empty. */
    private static OptionalInt beyondPregnancyOrder(Person p, long maxOrder) {
        OptionalInt order = p.pregnancyOrder();
        boolean beyond =
                !p.deceased() && (p.pregnant() || p.postpartum()) && order.isPresent() && order.getAsInt() > maxOrder;
        return beyond ? order : OptionalInt.empty();
    }

    private String member(int index) {
        return t("Anggota ke-", "Member ") + (index + 1);
    }

    /**
     * The limit that left a member unpaid, from BATAS_KOMPONEN: the per-component limit of their
     * component when that limit cut, else the overall cap (POLICY-V2 rule 7).
     */
    private String whyNotPaid(Component component, Facts f) {
        if (f.limit().isEmpty()) {
            return paidPerFamily(List.of());
        }
        Map<String, String> args = f.limit().get().args();
        List<String> cut = codes(args.getOrDefault("components", ""));
        if (cut.contains(component.code())) {
            return paidPerFamily(List.of(componentLimit(component.code(), f)));
        }
        if (args.getOrDefault("limit", "").contains("CAP")) {
            return paidPerFamily(List.of(capLimit(args.getOrDefault("max", "?"))));
        }
        return paidPerFamily(componentLimits(cut, f));
    }

    private static List<String> codes(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(",", -1));
    }

    /** One limit as words, {@code paling banyak 2 anak usia dini}, and whether it counts one person. */
    private record Limit(String words, boolean one) {}

    /** {@code paling banyak 4 anggota dan paling banyak 2 anak usia dini dibayar per keluarga}. */
    private String paidPerFamily(List<Limit> limits) {
        if (limits.isEmpty()) {
            return t("batas komponen", "a component limit");
        }
        List<String> words = new ArrayList<>();
        for (Limit l : limits) {
            words.add(l.words());
        }
        boolean one = limits.size() == 1 && limits.get(0).one();
        return String.join(t(" dan ", " and "), words)
                + t(" dibayar per keluarga", one ? " is paid per family" : " are paid per family");
    }

    private List<Limit> componentLimits(List<String> codes, Facts f) {
        List<Limit> limits = new ArrayList<>();
        for (String code : codes) {
            limits.add(componentLimit(code, f));
        }
        return limits;
    }

    /** {@code paling banyak 2 anak usia dini}, from the limit's value in the decision. */
    private Limit componentLimit(String code, Facts f) {
        OptionalLong n = number(f.used().get(MAX_PERSONS + code));
        if (n.isEmpty()) {
            return new Limit(
                    t("sejumlah terbatas " + persons(code, 2), "a limited number of " + persons(code, 2)), false);
        }
        long max = n.getAsLong();
        return new Limit(t("paling banyak ", "at most ") + max + " " + persons(code, max), max == 1);
    }

    /** {@code paling banyak 4 anggota}. */
    private Limit capLimit(String max) {
        boolean one = max.equals("1");
        return new Limit(
                t("paling banyak " + max + " anggota", "at most " + max + (one ? " member" : " members")), one);
    }

    // ---------------------------------------------------------------- reasons

    private String sentence(Reason r, Facts f) {
        if (EXCLUSIONS.contains(r.code())) {
            return exclusion(r).orElseGet(() -> messages.render(r));
        }
        if (r.code().equals(ReasonCode.BATAS_KOMPONEN)) {
            return limitSentence(r, f);
        }
        if (r.code().equals(ReasonCode.JUMLAH_BANTUAN)) {
            return amountSentence(r, f).orElseGet(() -> messages.render(r));
        }
        if (english
                && r.code().equals(ReasonCode.MEMENUHI_KOMPONEN)
                && "1".equals(r.args().get("count"))) {
            return "1 family member qualifies for a PKH component.";
        }
        return messages.render(r);
    }

    /** {@code Anggota ke-1 berstatus ASN (aparatur sipil negara); keluarga dengan ... dikecualikan.} */
    private Optional<String> exclusion(Reason r) {
        OptionalInt index = integer(Optional.ofNullable(r.args().get("member_index")));
        String occupation = r.args().get("occupation");
        if (index.isEmpty() || occupation == null) {
            return Optional.empty();
        }
        String rule;
        if (r.code().equals(ReasonCode.EXCL_ASN_TNI_POLRI)) {
            rule = t(
                    "keluarga dengan anggota ASN, TNI, Polri atau pensiunannya dikecualikan.",
                    "a family with a civil servant, soldier, police officer or one of their pensioners is excluded.");
        } else if (r.code().equals(ReasonCode.EXCL_BUMN_BUMD)) {
            rule = t(
                    "keluarga dengan anggota pegawai BUMN/BUMD dikecualikan.",
                    "a family with an employee of a state- or region-owned enterprise is excluded.");
        } else if (r.code().equals(ReasonCode.EXCL_PERANGKAT_DESA)) {
            rule = t(
                    "keluarga dengan anggota perangkat desa aktif dikecualikan.",
                    "a family with an active village official is excluded.");
        } else {
            rule = t(
                    "keluarga dengan anggota berpenghasilan tetap dikecualikan.",
                    "a family with a member on a fixed income is excluded.");
        }
        return Optional.of(member(index.getAsInt()) + t(" berstatus ", " is ") + occupation(occupation) + "; " + rule);
    }

    private String occupation(String code) {
        return switch (code) {
            case "ASN" -> t("ASN (aparatur sipil negara)", "a civil servant (ASN)");
            case "TNI" -> t("anggota TNI", "a member of the armed forces (TNI)");
            case "POLRI" -> t("anggota Polri", "a member of the police (Polri)");
            case "PENSIUNAN_ASN_TNI_POLRI" ->
                t("pensiunan ASN, TNI atau Polri", "a pensioner of the ASN, TNI or Polri");
            case "BUMN_BUMD" ->
                t("pegawai BUMN/BUMD", "an employee of a state- or region-owned enterprise (BUMN/BUMD)");
            case "PERANGKAT_DESA" -> t("perangkat desa", "a village official (perangkat desa)");
            case "GURU_SERTIFIKASI" -> t("guru bersertifikasi", "a certified teacher");
            case "TENAGA_KESEHATAN" -> t("tenaga kesehatan", "a health worker");
            case "PEMILIK_USAHA" -> t("pemilik usaha", "a business owner");
            case "PEKERJA_APBN_APBD" ->
                t("pekerja yang digaji dari APBN/APBD", "paid from the state or regional budget (APBN/APBD)");
            default -> code;
        };
    }

    /** BATAS_KOMPONEN: how many qualify, are paid and are not, and which limits cut them. */
    private String limitSentence(Reason r, Facts f) {
        Map<String, String> args = r.args();
        String count = args.getOrDefault("count", "?");
        String paid = args.getOrDefault("paid", "?");
        String cut = args.getOrDefault("cut", "?");
        String kind = args.getOrDefault("limit", "");
        List<Limit> limits = new ArrayList<>();
        if (kind.contains("CAP")) {
            limits.add(capLimit(args.getOrDefault("max", "?")));
        }
        if (kind.contains("COMPONENT")) {
            limits.addAll(componentLimits(codes(args.getOrDefault("components", "")), f));
        }
        String because = paidPerFamily(limits);
        return t(
                count + " anggota memenuhi komponen dan " + paid + " dibayar; " + cut + " tidak dibayar karena "
                        + because + ".",
                count + " members qualify for a component and " + paid + (paid.equals("1") ? " is" : " are")
                        + " paid; " + cut + (cut.equals("1") ? " is" : " are") + " not paid because " + because
                        + ".");
    }

    /** JUMLAH_BANTUAN: the annual amount, the schedule and this payment, named. */
    private Optional<String> amountSentence(Reason r, Facts f) {
        OptionalLong annual = digits(r.args().get("annual_amount"));
        OptionalLong payment = digits(r.args().get("amount_per_payment"));
        Optional<String> period = period(Optional.of(r), f.decision().asOf());
        if (annual.isEmpty() || payment.isEmpty() || period.isEmpty()) {
            return Optional.empty();
        }
        boolean tahap = "TAHAP".equals(r.args().get("schedule"));
        return Optional.of(t(
                "Bantuan setahun " + rp(annual.getAsLong())
                        + (tahap ? ", dibayar dalam empat tahap" : ", dibayar setiap bulan")
                        + "; pembayaran " + period.get() + " " + rp(payment.getAsLong()) + ".",
                "Assistance of " + rp(annual.getAsLong()) + " a year"
                        + (tahap ? ", paid in four tahap" : ", paid monthly")
                        + "; the payment for " + period.get() + " is " + rp(payment.getAsLong()) + "."));
    }

    /**
     * The legal instrument by name, number, year and article, e.g. {@code Peraturan Menteri Sosial
     * Nomor 1 Tahun 2018 (Permensos 1/2018)}; the provenance note is never shown.
     */
    String basis(LegalBasis b) {
        String abbreviation = b.instrument();
        String name = instrumentName(abbreviation);
        StringBuilder sb = new StringBuilder(name);
        b.number().ifPresent(n -> sb.append(t(" Nomor ", " No. ")).append(n));
        b.year().ifPresent(y -> sb.append(t(" Tahun ", " of ")).append(y));
        // An article given as a bare number ("4", as a programme file may) is named: Pasal 4.
        b.article()
                .ifPresent(a -> sb.append(", ")
                        .append(digits(a).isPresent() ? t("Pasal ", "Article ") : "")
                        .append(a));
        if (!name.equals(abbreviation) && (b.number().isPresent() || b.year().isPresent())) {
            sb.append(" (").append(abbreviation);
            b.number().ifPresent(n -> sb.append(' ').append(n));
            b.year()
                    .ifPresent(
                            y -> sb.append(b.number().isPresent() ? "/" : " ").append(y));
            sb.append(')');
        }
        return sb.toString();
    }

    private String instrumentName(String abbreviation) {
        return switch (abbreviation) {
            case "Permensos" -> t("Peraturan Menteri Sosial", "Regulation of the Minister of Social Affairs");
            case "Kepmensos" -> t("Keputusan Menteri Sosial", "Decree of the Minister of Social Affairs");
            case "Inpres" -> t("Instruksi Presiden", "Presidential Instruction");
            case "Perpres" -> t("Peraturan Presiden", "Presidential Regulation");
            case "PP" -> t("Peraturan Pemerintah", "Government Regulation");
            case "UU" -> t("Undang-Undang", "Law");
            case "Kemensos" -> t("Ketentuan Kementerian Sosial", "Ministry of Social Affairs policy");
            case "Perbup" -> t("Peraturan Bupati", "Regent's Regulation");
            case "Perwali" -> t("Peraturan Wali Kota", "Mayor's Regulation");
            case "Perda" -> t("Peraturan Daerah", "Regional Regulation");
            default -> abbreviation;
        };
    }

    // ---------------------------------------------------------------- values used

    /**
     * The parameter values this decision used, once each, in the order the reasons read them: of the
     * PKH component values and age limits, those of the components the family's members have (the
     * age limits also when nobody qualified); the per-component limits of those components; the
     * fixed benefit when it is not zero; every other value as it is.
     */
    private List<String> values(Household household, Facts f) {
        Decision d = f.decision();
        List<String> present = new ArrayList<>();
        for (ComponentAward c : d.components()) {
            present.add(c.component().code());
        }
        boolean nobody = reason(d, ReasonCode.TIDAK_ADA_KOMPONEN).isPresent();
        OptionalLong maxOrder = number(f.used().get(MAX_PREGNANCY_ORDER));
        boolean orderCut = false;
        for (Person p : household.members()) {
            orderCut |= maxOrder.isPresent()
                    && beyondPregnancyOrder(p, maxOrder.getAsLong()).isPresent();
        }
        List<String> lines = new ArrayList<>();
        for (ParameterUse p : f.used().values()) {
            String key = p.key();
            boolean shown;
            if (key.startsWith(INDEX) || key.startsWith(MAX_PERSONS)) {
                shown = present.contains(key.substring(key.lastIndexOf('.') + 1));
            } else {
                shown = switch (key) {
                    case "pkh.anak_usia_dini.max_age" -> nobody || present.contains("ANAK_USIA_DINI");
                    case "pkh.school.max_age" ->
                        nobody || present.contains("SD") || present.contains("SMP") || present.contains("SMA");
                    case "pkh.lanjut_usia.min_age" -> nobody || present.contains("LANJUT_USIA");
                    case MAX_PREGNANCY_ORDER -> nobody || orderCut || present.contains("IBU_HAMIL");
                    case FIXED_BENEFIT -> number(p).orElse(0) > 0;
                    default -> true;
                };
            }
            if (shown) {
                lines.add(value(p, f));
            }
        }
        return lines;
    }

    /** {@code Nilai komponen anak usia dini setahun: Rp3.000.000, berlaku sejak 1 Januari 2021 [pkh.index.ANAK_USIA_DINI]}. */
    private String value(ParameterUse p, Facts f) {
        String key = p.key();
        String v = p.value();
        String text;
        if (key.startsWith(INDEX)) {
            String code = key.substring(INDEX.length());
            text = t("Komponen ", "")
                    + t(componentName(code), capitalised(componentName(code)))
                    + t(": ", " component: ")
                    + rupiah(v)
                    + t(" setahun", " a year");
        } else if (key.startsWith(MAX_PERSONS)) {
            String code = key.substring(MAX_PERSONS.length());
            text = t(
                    capitalised(persons(code, 2)) + " yang dibayar per keluarga: paling banyak " + v + " orang",
                    capitalised(persons(code, 2)) + " paid per family: at most " + v);
        } else {
            text = switch (key) {
                case "pkh.anak_usia_dini.max_age" ->
                    t("Anak usia dini: sampai usia " + v + " tahun", "Young child: up to age " + v);
                case "pkh.school.max_age" ->
                    t("Anak sekolah: sampai usia " + v + " tahun", "Child in school: up to age " + v);
                case "pkh.lanjut_usia.min_age" ->
                    t("Lanjut usia: mulai usia " + v + " tahun", "Elderly: from age " + v);
                case MAX_PREGNANCY_ORDER ->
                    t("Ibu hamil: sampai kehamilan ke-" + v, "Pregnancy: up to pregnancy number " + v);
                case "pkh.max_component_persons" ->
                    t(
                            "Anggota yang dibayar per keluarga: paling banyak " + v + " orang",
                            "Members paid per family: at most " + v);
                case FIXED_BENEFIT ->
                    (isTahap(f)
                                    ? t(
                                            "Bantuan tetap setahun, dibayar pada tahap I: ",
                                            "Fixed benefit a year, paid in tahap I: ")
                                    : t(
                                            "Bantuan tetap setahun, dibayar pada bulan Januari: ",
                                            "Fixed benefit a year, paid in January: "))
                            + rupiah(v);
                case "pkh.payment_schedule" ->
                    t("Jadwal pembayaran: ", "Payment schedule: ")
                            + switch (v) {
                                case "TAHAP" -> t("empat tahap setahun", "four tahap a year");
                                case "MONTHLY" -> t("setiap bulan", "every month");
                                default -> v;
                            };
                case "pkh.target_desil_max", "sembako.target_desil_max" ->
                    t("Sasaran: desil 1 sampai " + v, "Target: deciles 1 to " + v);
                case "sembako.monthly_amount" ->
                    t("Bantuan Sembako per bulan: ", "Sembako assistance a month: ") + rupiah(v);
                default -> null;
            };
        }
        if (text == null) {
            boolean rupiah = parameters
                    .find(key)
                    .map(Parameter::type)
                    .filter(Rupiah.class::equals)
                    .isPresent();
            return key + ": " + (rupiah ? rupiah(v) : v) + t(", berlaku sejak ", ", in force from ")
                    + date(p.effectiveFrom());
        }
        return text + t(", berlaku sejak ", ", in force from ") + date(p.effectiveFrom()) + " [" + key + "]";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---------------------------------------------------------------- names and formats

    private String programName(Program program) {
        if (program.equals(Program.PKH)) {
            return t("Program Keluarga Harapan (PKH)", "Program Keluarga Harapan (PKH, Family Hope Programme)");
        }
        if (program.equals(Program.SEMBAKO)) {
            return "Program Sembako";
        }
        return programNames
                .apply(program.code())
                .map(n -> n + " (" + program.code() + ")")
                .orElse(program.code());
    }

    private String componentName(Component component) {
        return componentName(component.code());
    }

    private String componentName(String code) {
        return switch (code) {
            case "IBU_HAMIL" -> t("ibu hamil atau nifas", "pregnant or post-partum woman");
            case "ANAK_USIA_DINI" -> t("anak usia dini", "young child");
            case "SD" -> t("anak sekolah SD", "child in primary school (SD)");
            case "SMP" -> t("anak sekolah SMP", "child in junior secondary school (SMP)");
            case "SMA" -> t("anak sekolah SMA", "child in senior secondary school (SMA)");
            case "DISABILITAS_BERAT" -> t("disabilitas berat", "severe disability");
            case "LANJUT_USIA" -> t("lanjut usia", "elderly");
            default -> code;
        };
    }

    /** The persons a limited component is paid for, e.g. {@code anak usia dini}, {@code elderly people}. */
    private String persons(String code, long n) {
        boolean one = n == 1;
        return switch (code) {
            case "ANAK_USIA_DINI" -> t("anak usia dini", one ? "young child" : "young children");
            case "LANJUT_USIA" -> t("orang lanjut usia", one ? "elderly person" : "elderly people");
            case "DISABILITAS_BERAT" ->
                t(
                        "penyandang disabilitas berat",
                        one ? "person with a severe disability" : "people with a severe disability");
            default ->
                t(
                        "anggota dengan komponen " + componentName(code),
                        one
                                ? "member with the component " + componentName(code)
                                : "members with the component " + componentName(code));
        };
    }

    private String month(int zeroBased) {
        return (english ? MONTHS_EN : MONTHS_ID).get(zeroBased);
    }

    /** {@code 1 Januari 2021} or {@code 1 January 2021}. */
    private String date(LocalDate date) {
        return date.getDayOfMonth() + " " + month(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /** {@code Rp3.000.000} in Indonesian, {@code Rp3,000,000} in English. */
    private String rp(Rupiah amount) {
        String text = amount.format();
        return english ? text.replace('.', ',') : text;
    }

    private String rp(long amount) {
        return rp(Rupiah.of(amount));
    }

    /** A parameter's text as Rupiah when it is whole Rupiah, else as it is ({@code none}). */
    private String rupiah(String value) {
        OptionalLong n = digits(value);
        return n.isPresent() ? rp(n.getAsLong()) : value;
    }

    private static OptionalLong number(ParameterUse use) {
        return use == null ? OptionalLong.empty() : digits(use.value());
    }

    private static OptionalInt integer(Optional<String> text) {
        OptionalLong n = text.map(ExplanationPage::digits).orElse(OptionalLong.empty());
        return n.isPresent() && n.getAsLong() <= Integer.MAX_VALUE
                ? OptionalInt.of((int) n.getAsLong())
                : OptionalInt.empty();
    }

    /** The value of a text of 1 to 18 ASCII digits, else empty. */
    private static OptionalLong digits(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.of(Long.parseLong(text));
    }
}
