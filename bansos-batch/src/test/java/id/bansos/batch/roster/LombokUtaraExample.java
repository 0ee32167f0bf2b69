package id.bansos.batch.roster;

import id.bansos.batch.PolicyFiles;
import id.bansos.io.HouseholdFormat;
import id.bansos.io.HouseholdSource;
import id.bansos.io.Masking;
import id.bansos.io.ReadLimits;
import id.bansos.io.json.HouseholdWriter;
import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.param.ParameterSet;
import id.bansos.rules.NationalPolicy;
import id.bansos.rules.Programs;
import id.bansos.rules.monitoring.Allocation;
import id.bansos.rules.monitoring.MonitoringSample;
import id.bansos.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Kabupaten Lombok Utara case of the domain brief (seeds 000/001): Program Sembako (BPNT) went
 * from 32.765 recipients in 2023 to 26.940 in February 2024, 5.825 removed. This example rebuilds
 * those counts exactly on a synthetic population and reconciles them as of 2024-02-22.
 *
 * <p>How the rosters are made (all of it deterministic, from {@link #SEED}):
 *
 * <ol>
 *   <li>The 2023 roster ("before"): the first 32.765 synthetic Lombok Utara households (reference
 *       date 2024-02-22) that a 2023 recipient list would plausibly hold: a known desil of 1 to 4,
 *       no member in an excluded occupation, someone alive.
 *   <li>The leavers: 5.825 of them drawn as a monitoring sample ({@link MonitoringSample}, keyed
 *       hash of the id), in rank order given a fate: the first {@value #GONE} are gone from the
 *       registry (moved or not found), the next {@value #DECEASED} have every member recorded
 *       deceased, the next {@value #EXCLUDED} have the head recorded in an excluded occupation
 *       (the first {@value #EXCLUDED_AND_OUT} of these also re-measured above desil 4), the next
 *       {@value #OUT_OF_TARGET} re-measured at desil 5 to 8, and the last {@value #STILL_ELIGIBLE}
 *       left unchanged (removed although eligible, such as voluntary withdrawals).
 *   <li>The 2024 roster ("after"): the 26.940 others, unchanged; no joiners.
 *   <li>The registry extract: every before household but the gone ones, with the changes above,
 *       plus {@value #OTHERS} registry households on neither roster.
 * </ol>
 *
 * <p>The national policy has no desil test before 2025-04-01, so on 2024-02-22 the re-measured
 * families would show as {@code MASIH_LAYAK}. The reported reason was "not on target (able to
 * support themselves)", so the example layers a district parameter file, {@code
 * lombok-utara-2024.yaml}, that applies the desil 1–4 target from 2024-01-01: an explicit modelling
 * device, not a regulation that was found. {@link #main} prints both.
 */
public final class LombokUtaraExample {
    /** The date of the 2024 roster (seed 000: February 2024). */
    public static final LocalDate AS_OF = LocalDate.of(2024, 2, 22);

    /** The seed of the synthetic population and of the leavers' draw. */
    public static final long SEED = 2024_02_22L;

    /** BPNT recipients in 2023. */
    public static final int BEFORE = 32_765;

    /** BPNT recipients in 2024. */
    public static final int AFTER = 26_940;

    static final int GONE = 700;
    static final int DECEASED = 25;
    static final int EXCLUDED = 400;
    static final int EXCLUDED_AND_OUT = 100;
    static final int OUT_OF_TARGET = 4_200;
    static final int STILL_ELIGIBLE = 500;
    static final int OTHERS = 3_000;

    /** The excluded occupations given in turn, so that every EXCL_* code appears. */
    private static final List<Occupation> EXCLUDED_OCCUPATIONS = List.of(
            Occupation.ASN,
            Occupation.TNI,
            Occupation.POLRI,
            Occupation.PENSIUNAN_ASN_TNI_POLRI,
            Occupation.BUMN_BUMD,
            Occupation.PERANGKAT_DESA,
            Occupation.GURU_SERTIFIKASI,
            Occupation.TENAGA_KESEHATAN,
            Occupation.PEMILIK_USAHA,
            Occupation.PEKERJA_APBN_APBD);

    private LombokUtaraExample() {}

    /**
     * The three lists of the example.
     *
     * @param before the 2023 roster
     * @param after the 2024 roster
     * @param registry the registry extract of February 2024
     */
    public record Rosters(List<Household> before, List<Household> after, List<Household> registry) {}

    /**
     * Builds the rosters and the registry extract.
     *
     * @return the rosters, not null
     */
    public static Rosters build() {
        SyntheticPopulation population =
                SyntheticPopulation.builder().seed(SEED).reference(AS_OF).build();
        List<Household> before = new ArrayList<>(BEFORE);
        long index = 0;
        while (before.size() < BEFORE) {
            Household h = population.household(index++);
            if (wasARecipient(h)) {
                before.add(h);
            }
        }
        MonitoringSample draw = MonitoringSample.of(BEFORE - AFTER, SEED, Optional.empty(), Allocation.PROPORTIONAL);
        before.forEach(draw::count);
        draw.allocate();
        before.forEach(draw::offer);
        Map<String, Integer> fate = new HashMap<>();
        List<MonitoringSample.Ranked> drawn = draw.result();
        for (int i = 0; i < drawn.size(); i++) {
            fate.put(drawn.get(i).householdId(), i);
        }
        List<Household> after = new ArrayList<>(AFTER);
        List<Household> registry = new ArrayList<>(BEFORE + OTHERS);
        for (Household h : before) {
            Integer rank = fate.get(h.id());
            if (rank == null) {
                after.add(h);
                registry.add(h);
            } else if (rank >= GONE) {
                registry.add(updated(h, rank - GONE));
            }
        }
        for (int i = 0; i < OTHERS; i++) {
            registry.add(population.household(index++));
        }
        return new Rosters(before, after, registry);
    }

    /** A plausible 2023 BPNT family: desil 1-4 known, no excluded occupation, someone alive. */
    private static boolean wasARecipient(Household h) {
        if (h.desil().isEmpty() || h.desil().getAsInt() > 4 || h.livingMembers().isEmpty()) {
            return false;
        }
        for (Person p : h.livingMembers()) {
            if (p.occupation().isPresent() && p.occupation().get() != Occupation.LAINNYA) {
                return false;
            }
        }
        return true;
    }

    /** The registry's February 2024 record of a leaver that is still in the registry. */
    private static Household updated(Household h, int k) {
        if (k < DECEASED) {
            List<Person> dead = new ArrayList<>();
            for (Person p : h.members()) {
                dead.add(Person.builder().from(p).deceased(true).build());
            }
            return Household.builder().from(h).members(dead).build();
        }
        k -= DECEASED;
        if (k < EXCLUDED) {
            List<Person> members = new ArrayList<>(h.members());
            members.set(
                    0,
                    Person.builder()
                            .from(members.get(0))
                            .occupation(EXCLUDED_OCCUPATIONS.get(k % EXCLUDED_OCCUPATIONS.size()))
                            .build());
            Household.Builder b = Household.builder().from(h).members(members);
            if (k < EXCLUDED_AND_OUT) {
                b.desil(5 + k % 4);
            }
            return b.build();
        }
        k -= EXCLUDED;
        if (k < OUT_OF_TARGET) {
            return Household.builder().from(h).desil(5 + k % 4).build();
        }
        return h;
    }

    /**
     * The national policy with the example's district layer.
     *
     * @return the layered parameter set, not null
     */
    public static ParameterSet districtPolicy() {
        try {
            Path file = Path.of(LombokUtaraExample.class
                    .getResource("lombok-utara-2024.yaml")
                    .toURI());
            return PolicyFiles.layered(List.of(Programs.sembako()), List.of(file));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes households as JSON Lines, as a district system would hand them over.
     *
     * @param households the households, not null
     * @return the bytes, not null
     */
    public static byte[] jsonLines(List<Household> households) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HouseholdWriter w = HouseholdWriter.of(out, Masking.NONE)) {
            for (Household h : households) {
                w.write(h);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Builds the example, reconciles it from JSON Lines rosters with the district layer and with the
     * national policy alone, and prints the tables and the times taken.
     *
     * @param args ignored
     * @throws IOException if a roster cannot be read
     */
    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        Rosters r = build();
        long t1 = System.nanoTime();
        Roster before = Roster.of(
                HouseholdSource.of("bpnt-2023.jsonl", HouseholdFormat.JSONL, jsonLines(r.before())),
                ReadLimits.defaults(),
                reject -> System.out.println("reject: " + reject));
        Roster after = Roster.of(
                HouseholdSource.of("bpnt-2024.jsonl", HouseholdFormat.JSONL, jsonLines(r.after())),
                ReadLimits.defaults(),
                reject -> System.out.println("reject: " + reject));
        Roster registry = Roster.of(
                HouseholdSource.of("dtks-2024-02.jsonl", HouseholdFormat.JSONL, jsonLines(r.registry())),
                ReadLimits.defaults(),
                reject -> System.out.println("reject: " + reject));
        long t2 = System.nanoTime();
        Reconciliation district = Reconciler.of(Programs.sembako(), districtPolicy(), AS_OF)
                .reconcile(before, after, Optional.of(registry));
        long t3 = System.nanoTime();
        Reconciliation national = Reconciler.of(Programs.sembako(), NationalPolicy.load(), AS_OF)
                .reconcile(before, after, Optional.of(registry));
        long t4 = System.nanoTime();
        Reconciliation inMemory = Reconciler.of(Programs.sembako(), districtPolicy(), AS_OF)
                .reconcile(Roster.of(r.before()), Roster.of(r.after()), Optional.of(Roster.of(r.registry())));
        long t5 = System.nanoTime();
        System.out.println("With the district layer lombok-utara-2024.yaml:");
        System.out.print(ReconciliationTable.render(district, Locale.ENGLISH));
        System.out.println();
        System.out.println("With the national policy alone:");
        System.out.print(ReconciliationTable.render(national, Locale.ENGLISH));
        System.out.println();
        System.out.print(ReconciliationTable.render(district, Locale.forLanguageTag("id")));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "build %d ms, write JSON Lines %d ms, reconcile from JSON Lines %d ms (district), %d ms (national),"
                        + " in memory %d ms (%s)%n",
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000,
                (t5 - t4) / 1_000_000,
                inMemory.equals(district) ? "same result" : "DIFFERENT RESULT");
    }
}
