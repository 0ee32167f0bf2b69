package id.bansos.rules;

import static id.bansos.model.Occupation.ASN;
import static id.bansos.model.Occupation.BUMN_BUMD;
import static id.bansos.model.Occupation.GURU_SERTIFIKASI;
import static id.bansos.model.Occupation.LAINNYA;
import static id.bansos.model.Occupation.PEKERJA_APBN_APBD;
import static id.bansos.model.Occupation.PEMILIK_USAHA;
import static id.bansos.model.Occupation.PENSIUNAN_ASN_TNI_POLRI;
import static id.bansos.model.Occupation.PERANGKAT_DESA;
import static id.bansos.model.Occupation.POLRI;
import static id.bansos.model.Occupation.TENAGA_KESEHATAN;
import static id.bansos.model.Occupation.TNI;
import static id.bansos.model.SchoolLevel.SD;
import static id.bansos.model.SchoolLevel.SMA;
import static id.bansos.model.SchoolLevel.SMP;
import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.household;
import static id.bansos.rules.Households.male;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-worked decisions of PKH and Program Sembako under the national policy, 2019–2026, as a
 * table that other modules' tests and benchmarks can reuse (bansos-rules publishes its test
 * classes as a test-jar). Every amount is worked out from POLICY-V2 in the comment beside it, never
 * copied from the code. Every eligible decision ends with the positive reason {@code JUMLAH_BANTUAN}
 * (POLICY-V2 rule 9), which the helpers append to the codes of an eligible case.
 */
public final class HandWorkedCases {
    private static final ProgramDefinition PKH = Programs.pkh();
    private static final ProgramDefinition SEMBAKO = Programs.sembako();

    private HandWorkedCases() {}

    /**
     * One hand-worked case, decided under the national policy with no overrides.
     *
     * @param name what the case shows, not null
     * @param program the programme, not null
     * @param asOf the date of evaluation, not null
     * @param household the household, not null
     * @param eligible whether the household is eligible
     * @param annual the annual amount in Rupiah, 0 when not eligible
     * @param perPayment the amount per payment in Rupiah, 0 when not eligible
     * @param codes the reason codes in order, not null
     * @param components the components as {@code index:CODE} (paid) or {@code index:CODE:cut}, not
     *     null, empty for Program Sembako and when not eligible
     */
    public record Case(
            String name,
            ProgramDefinition program,
            LocalDate asOf,
            Household household,
            boolean eligible,
            long annual,
            long perPayment,
            List<String> codes,
            List<String> components) {
        /** Copies the lists. */
        public Case {
            codes = List.copyOf(codes);
            components = List.copyOf(components);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // A head of family with no component and no excluded occupation.
    private static Households.M head() {
        return male("1980-05-05");
    }

    /** A case: expected codes in order; components as "index:CODE" (paid) or "index:CODE:cut". */
    private static Case pkh(
            String name,
            String asOf,
            Household h,
            boolean eligible,
            long annual,
            long perPayment,
            List<String> codes,
            List<String> components) {
        return new Case(
                name,
                PKH,
                LocalDate.parse(asOf),
                h,
                eligible,
                annual,
                perPayment,
                withAmount(eligible, codes),
                components);
    }

    private static Case sembako(
            String name, String asOf, Household h, boolean eligible, long annual, long perPayment, List<String> codes) {
        return new Case(
                name,
                SEMBAKO,
                LocalDate.parse(asOf),
                h,
                eligible,
                annual,
                perPayment,
                withAmount(eligible, codes),
                List.of());
    }

    private static List<String> withAmount(boolean eligible, List<String> codes) {
        if (!eligible) {
            return codes;
        }
        List<String> all = new ArrayList<>(codes);
        all.add("JUMLAH_BANTUAN");
        return all;
    }

    private static Case excluded(Occupation occupation, String code) {
        // Head with the occupation, a child of 9 in SD: has a component but is excluded.
        return pkh(
                occupation + " excludes",
                "2024-03-01",
                household(null, head().works(occupation), male("2015-01-10").school(SD)),
                false,
                0,
                0,
                List.of(code, "MEMENUHI_KOMPONEN"),
                List.of());
    }

    /**
     * Returns every hand-worked case, PKH first, then Program Sembako.
     *
     * @return the cases in a fixed order, not null, unmodifiable, at least 40
     */
    public static List<Case> all() {
        List<Case> c = new ArrayList<>();
        // --- 2019: index 2019, fixed benefit 550.000 in tahap I, lansia from 60 ---
        c.add(pkh(
                "SD only in tahap I 2019 gets the fixed benefit",
                "2019-02-15",
                household(null, head(), male("2010-03-10").school(SD)),
                true,
                1_450_000, // 900.000 + 550.000
                775_000, // 900.000 / 4 = 225.000, + 550.000 in tahap I
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "SD only in tahap II 2019: fixed benefit in the annual amount only",
                "2019-05-15",
                household(null, head(), male("2010-03-10").school(SD)),
                true,
                1_450_000, // 900.000 + 550.000
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "lansia on the 60th birthday in 2019",
                "2019-06-01",
                household(null, male("1959-06-01")),
                true,
                2_950_000, // 2.400.000 + 550.000
                600_000, // 2.400.000 / 4 (tahap II)
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:LANJUT_USIA")));
        c.add(pkh(
                "lansia the day before the 60th birthday in 2019",
                "2019-05-31",
                household(null, male("1959-06-01")),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "65 years old on the last day of 2019 is lansia (min age 60)",
                "2019-12-31",
                household(null, male("1954-03-01")),
                true,
                2_950_000, // 2.400.000 + 550.000
                600_000, // 2.400.000 / 4 (tahap IV)
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:LANJUT_USIA")));
        c.add(pkh(
                "65 years old on 2020-01-01 is not lansia (min age 70)",
                "2020-01-01",
                household(null, male("1954-03-01")),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "pregnant woman of 61 in 2019: IBU_HAMIL ties LANJUT_USIA and wins by order",
                "2019-02-01",
                household(null, female("1958-01-01").pregnant()),
                true,
                2_950_000, // 2.400.000 + 550.000
                1_150_000, // 2.400.000 / 4 = 600.000, + 550.000 in tahap I
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:IBU_HAMIL")));
        c.add(pkh(
                "disabled child of 3 in 2019: ANAK_USIA_DINI ties DISABILITAS_BERAT and wins by order",
                "2019-07-01",
                household(null, head(), female("2016-02-10").disabled()),
                true,
                2_950_000, // 2.400.000 + 550.000
                600_000, // 2.400.000 / 4 (tahap III)
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:ANAK_USIA_DINI")));
        c.add(pkh(
                "SD, SMP and SMA in tahap IV 2019",
                "2019-11-20",
                household(
                        null,
                        head(),
                        male("2011-01-01").school(SD),
                        female("2006-01-01").school(SMP),
                        male("2003-01-01").school(SMA)),
                true,
                4_950_000, // 900.000 + 1.500.000 + 2.000.000 + 550.000
                1_100_000, // 4.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD", "2:SMP", "3:SMA")));
        // --- 2020 onwards: IBU_HAMIL and ANAK_USIA_DINI 3.000.000, no fixed benefit, lansia from 70 ---
        c.add(pkh(
                "lansia the day before the 70th birthday in 2020",
                "2020-05-31",
                household(null, male("1950-06-01")),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "lansia on the 70th birthday in June 2020: COVID index, paid monthly",
                "2020-06-01",
                household(null, male("1950-06-01")),
                true,
                3_000_000, // LANJUT_USIA 3.000.000 from 2020-04-01 (2.400.000 + 25 %), + 0
                250_000, // 3.000.000 / 12 (monthly from 2020-04-01)
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:LANJUT_USIA")));
        c.add(pkh(
                "first 2020 tahap: no fixed benefit, IBU_HAMIL at 3.000.000",
                "2020-02-01",
                household(null, female("1995-04-04").pregnant()),
                true,
                3_000_000,
                750_000, // 3.000.000 / 4, no fixed benefit from 2020
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:IBU_HAMIL")));
        c.add(pkh(
                "post-partum woman in 2021",
                "2021-08-08",
                household(null, female("1993-09-09").postpartum()),
                true,
                3_000_000,
                750_000, // 3.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:IBU_HAMIL")));
        c.add(pkh(
                "SMP only in 2022",
                "2022-09-30",
                household(null, head(), female("2009-10-01").school(SMP)),
                true,
                1_500_000,
                375_000, // 1.500.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SMP")));
        c.add(pkh(
                "anak usia dini and a lansia of 71 in tahap IV 2023",
                "2023-10-01",
                household(null, head(), female("2021-01-01"), male("1952-01-01")),
                true,
                5_400_000, // 3.000.000 + 2.400.000
                1_350_000, // 5.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:ANAK_USIA_DINI", "2:LANJUT_USIA")));
        c.add(pkh(
                "anak usia dini the day before the 7th birthday",
                "2024-08-19",
                household(null, head(), female("2017-08-20")),
                true,
                3_000_000,
                750_000, // 3.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:ANAK_USIA_DINI")));
        c.add(pkh(
                "not anak usia dini on the 7th birthday",
                "2024-08-20",
                household(null, head(), female("2017-08-20")),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "a child of six enrolled in SD is SD, not anak usia dini",
                "2024-03-01",
                household(null, head(), male("2018-01-10").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "SMA at 21, the day before the 22nd birthday",
                "2024-04-09",
                household(null, head(), male("2002-04-10").school(SMA)),
                true,
                2_000_000,
                500_000, // 2.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SMA")));
        c.add(pkh(
                "SMA at 22 is too old",
                "2024-04-10",
                household(null, head(), male("2002-04-10").school(SMA)),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "pregnant woman of 74 in 2024: IBU_HAMIL 3.000.000 beats LANJUT_USIA 2.400.000",
                "2024-03-01",
                household(null, female("1950-02-01").pregnant()),
                true,
                3_000_000,
                750_000, // 3.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:IBU_HAMIL")));
        c.add(pkh(
                "disabled SD child: DISABILITAS_BERAT 2.400.000 beats SD 900.000",
                "2024-03-01",
                household(null, head(), male("2014-05-05").school(SD).disabled()),
                true,
                2_400_000,
                600_000, // 2.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:DISABILITAS_BERAT")));
        c.add(pkh(
                "29 February child is 6 on 28 February of a common year",
                "2023-02-28",
                household(null, head(), female("2016-02-29")),
                true,
                3_000_000,
                750_000, // 3.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:ANAK_USIA_DINI")));
        c.add(pkh(
                "29 February child turns 7 on 1 March of a common year",
                "2023-03-01",
                household(null, head(), female("2016-02-29")),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "29 February SMA pupil is 21 on 28 February 2022",
                "2022-02-28",
                household(null, head(), male("2000-02-29").school(SMA)),
                true,
                2_000_000,
                500_000, // 2.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SMA")));
        c.add(pkh(
                "29 February SMA pupil turns 22 on 1 March 2022",
                "2022-03-01",
                household(null, head(), male("2000-02-29").school(SMA)),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        // --- the cap of four ---
        c.add(pkh(
                "five component persons: the cap cuts one, the later of two equal SD",
                "2024-03-01",
                household(
                        null,
                        head(),
                        female("1990-01-01").pregnant(),
                        male("2007-01-01").school(SMA),
                        female("2011-01-01").school(SMP),
                        male("2015-01-01").school(SD),
                        female("2017-01-01").school(SD)),
                true,
                7_400_000, // 3.000.000 + 2.000.000 + 1.500.000 + 900.000
                1_850_000, // 7.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("1:IBU_HAMIL", "2:SMA", "3:SMP", "4:SD", "5:SD:cut")));
        c.add(pkh(
                "six component persons: the cap cuts the two SD",
                "2024-03-01",
                household(
                        null,
                        head(),
                        female("1990-01-01").pregnant(),
                        male("2007-01-01").school(SMA),
                        female("2011-01-01").school(SMP),
                        male("2015-01-01").school(SD),
                        female("2017-01-01").school(SD),
                        female("1949-01-01")),
                true,
                8_900_000, // 3.000.000 + 2.400.000 + 2.000.000 + 1.500.000
                2_225_000, // 8.900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("1:IBU_HAMIL", "2:SMA", "3:SMP", "4:SD:cut", "5:SD:cut", "6:LANJUT_USIA")));
        c.add(pkh(
                "five equal SD: the fifth in member order is cut",
                "2024-03-01",
                household(
                        null,
                        head(),
                        male("2013-01-01").school(SD),
                        male("2014-01-01").school(SD),
                        female("2015-01-01").school(SD),
                        female("2016-01-01").school(SD),
                        male("2017-01-01").school(SD)),
                true,
                3_600_000, // 4 × 900.000
                900_000, // 3.600.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("1:SD", "2:SD", "3:SD", "4:SD", "5:SD:cut")));
        c.add(pkh(
                "a high value later in member order displaces an earlier low one",
                "2024-03-01",
                household(
                        null,
                        male("2015-01-01").school(SD),
                        male("2014-01-01").school(SD),
                        female("2008-01-01").school(SMA),
                        female("2009-01-01").school(SMA),
                        female("1950-01-01")),
                true,
                7_300_000, // 2.400.000 + 2.000.000 + 2.000.000 + 900.000
                1_825_000, // 7.300.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("0:SD", "1:SD:cut", "2:SMA", "3:SMA", "4:LANJUT_USIA")));
        // --- 2020: the COVID regime, April to December, monthly with the index raised by a quarter ---
        c.add(pkh(
                "SD in March 2020: tahap I, the 2019 SD index",
                "2020-03-15",
                household(null, head(), male("2012-01-01").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "SD in April 2020: monthly, index 1.125.000",
                "2020-04-01",
                household(null, head(), male("2012-01-01").school(SD)),
                true,
                1_125_000, // 900.000 × 1,25
                93_750, // 1.125.000 / 12
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "pregnant woman and SMP child in June 2020, monthly",
                "2020-06-15",
                household(
                        null,
                        female("1990-03-03").pregnant(),
                        male("2007-01-01").school(SMP)),
                true,
                5_625_000, // 3.750.000 + 1.875.000
                468_750, // 5.625.000 / 12
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:IBU_HAMIL", "1:SMP")));
        c.add(pkh(
                "SMA in December 2020, the last monthly payment",
                "2020-12-31",
                household(null, head(), female("2004-01-01").school(SMA)),
                true,
                2_500_000, // 2.000.000 × 1,25
                208_333, // 2.500.000 / 12 = 208.333,33, rounded down
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SMA")));
        c.add(pkh(
                "SMA in January 2021: four tahap again, index 2.000.000",
                "2021-01-01",
                household(null, head(), female("2004-01-01").school(SMA)),
                true,
                2_000_000,
                500_000, // 2.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SMA")));
        // --- per-component limits (2024: IBU_HAMIL, ANAK_USIA_DINI 3.000.000; others 2019 index) ---
        c.add(pkh(
                "two young children: at the limit of 2, both paid",
                "2024-03-01",
                household(null, head(), female("2020-01-01"), male("2022-01-01")),
                true,
                6_000_000, // 2 × 3.000.000
                1_500_000, // 6.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:ANAK_USIA_DINI", "2:ANAK_USIA_DINI")));
        c.add(pkh(
                "three young children: over the limit of 2, the third in member order is not paid",
                "2024-03-01",
                household(null, head(), female("2019-01-01"), male("2020-01-01"), female("2022-01-01")),
                true,
                6_000_000, // 2 × 3.000.000
                1_500_000, // 6.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("1:ANAK_USIA_DINI", "2:ANAK_USIA_DINI", "3:ANAK_USIA_DINI:cut")));
        c.add(pkh(
                "two elderly: over the limit of 1, the second is not paid",
                "2024-03-01",
                household(null, male("1945-01-01"), female("1948-01-01")),
                true,
                2_400_000, // 1 × 2.400.000
                600_000, // 2.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("0:LANJUT_USIA", "1:LANJUT_USIA:cut")));
        c.add(pkh(
                "two adults with a severe disability: over the limit of 1",
                "2024-03-01",
                household(null, head().disabled(), female("1985-01-01").disabled()),
                true,
                2_400_000, // 1 × 2.400.000
                600_000, // 2.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("0:DISABILITAS_BERAT", "1:DISABILITAS_BERAT:cut")));
        c.add(pkh(
                "a disabled head and a disabled SD child: the limit moves the child to SD",
                "2024-03-01",
                household(null, head().disabled(), male("2014-01-01").school(SD).disabled()),
                true,
                3_300_000, // head DISABILITAS_BERAT 2.400.000 + child SD 900.000 (child DIS + head cut: 2.400.000)
                825_000, // 3.300.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:DISABILITAS_BERAT", "1:SD")));
        c.add(pkh(
                "POLICY-V2 example: a disabled head of 72 and a disabled child of 10 not in school",
                "2024-03-01",
                household(
                        null,
                        male("1952-01-01").disabled(),
                        female("2014-01-01").disabled()),
                true,
                4_800_000, // head LANJUT_USIA 2.400.000 + child DISABILITAS_BERAT 2.400.000
                1_200_000, // 4.800.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:LANJUT_USIA", "1:DISABILITAS_BERAT")));
        c.add(pkh(
                "two disabled elderly: one DISABILITAS_BERAT, one LANJUT_USIA, Rp4.800.000",
                "2024-03-01",
                household(
                        null,
                        male("1945-01-01").disabled(),
                        female("1948-01-01").disabled()),
                true,
                4_800_000, // 2.400.000 + 2.400.000; the first member takes the earlier component in list order
                1_200_000, // 4.800.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:DISABILITAS_BERAT", "1:LANJUT_USIA")));
        c.add(pkh(
                "three disabled elderly: both limits of 1 reached, the third is not paid",
                "2024-03-01",
                household(
                        null,
                        male("1945-01-01").disabled(),
                        female("1948-01-01").disabled(),
                        male("1940-01-01").disabled()),
                true,
                4_800_000, // 2.400.000 + 2.400.000
                1_200_000, // 4.800.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of("0:DISABILITAS_BERAT", "1:LANJUT_USIA", "2:DISABILITAS_BERAT:cut")));
        c.add(pkh(
                "limits with the cap of four: mother, three young children, two in SMA",
                "2024-03-01",
                household(
                        null,
                        female("1990-01-01").pregnant(),
                        male("2019-01-01"),
                        female("2020-01-01"),
                        male("2022-01-01"),
                        female("2007-01-01").school(SMA),
                        male("2008-01-01").school(SMA)),
                true,
                11_000_000, // IBU_HAMIL 3.000.000 + 2 × ANAK_USIA_DINI 3.000.000 + SMA 2.000.000
                2_750_000, // 11.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN", "BATAS_KOMPONEN"),
                List.of(
                        "0:IBU_HAMIL",
                        "1:ANAK_USIA_DINI",
                        "2:ANAK_USIA_DINI",
                        "3:ANAK_USIA_DINI:cut",
                        "4:SMA",
                        "5:SMA:cut")));
        // --- the pregnancy order ---
        c.add(pkh(
                "second pregnancy: IBU_HAMIL",
                "2024-03-01",
                household(null, female("1995-01-01").pregnancy(2)),
                true,
                3_000_000,
                750_000, // 3.000.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:IBU_HAMIL")));
        c.add(pkh(
                "third pregnancy: no IBU_HAMIL",
                "2024-03-01",
                household(null, female("1995-01-01").pregnancy(3)),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "third pregnancy of a woman with a severe disability: paid DISABILITAS_BERAT",
                "2024-03-01",
                household(null, female("1995-01-01").pregnancy(3).disabled()),
                true,
                2_400_000,
                600_000, // 2.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("0:DISABILITAS_BERAT")));
        // --- deceased members ---
        c.add(pkh(
                "a deceased SD child takes no part",
                "2024-03-01",
                household(null, head(), male("2015-01-01").school(SD).deceased()),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "a deceased lansia takes no part, the living SD child counts",
                "2024-03-01",
                household(
                        null,
                        head(),
                        male("1940-01-01").deceased(),
                        female("2015-01-01").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("2:SD")));
        c.add(pkh(
                "all deceased: MENINGGAL only, even excluded and out of desil",
                "2025-06-01",
                household(
                        9,
                        male("1940-01-01").works(ASN).deceased(),
                        female("1942-01-01").pregnant().deceased()),
                false,
                0,
                0,
                List.of("MENINGGAL"),
                List.of()));
        c.add(pkh(
                "a deceased ASN does not exclude",
                "2024-03-01",
                household(
                        null,
                        male("1950-01-01").works(ASN).deceased(),
                        female("2015-01-01").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        // --- exclusions ---
        c.add(excluded(ASN, "EXCL_ASN_TNI_POLRI"));
        c.add(excluded(TNI, "EXCL_ASN_TNI_POLRI"));
        c.add(excluded(POLRI, "EXCL_ASN_TNI_POLRI"));
        c.add(excluded(PENSIUNAN_ASN_TNI_POLRI, "EXCL_ASN_TNI_POLRI"));
        c.add(excluded(BUMN_BUMD, "EXCL_BUMN_BUMD"));
        c.add(excluded(PERANGKAT_DESA, "EXCL_PERANGKAT_DESA"));
        c.add(excluded(GURU_SERTIFIKASI, "EXCL_PENGHASILAN_TETAP"));
        c.add(excluded(TENAGA_KESEHATAN, "EXCL_PENGHASILAN_TETAP"));
        c.add(excluded(PEMILIK_USAHA, "EXCL_PENGHASILAN_TETAP"));
        c.add(excluded(PEKERJA_APBN_APBD, "EXCL_PENGHASILAN_TETAP"));
        c.add(pkh(
                "LAINNYA is not excluded",
                "2024-03-01",
                household(null, head().works(LAINNYA), male("2015-01-10").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "two excluded groups give two reasons in policy order, whatever the member order",
                "2024-03-01",
                household(null, female("1985-01-01").works(BUMN_BUMD), head().works(TNI)),
                false,
                0,
                0,
                List.of("EXCL_ASN_TNI_POLRI", "EXCL_BUMN_BUMD", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        // --- desil, in force from 2025-04-01 ---
        c.add(pkh(
                "desil 5 on 2025-03-31: no desil test yet",
                "2025-03-31",
                household(5, head(), male("2015-01-10").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "desil 5 on 2025-04-01 is out of target",
                "2025-04-01",
                household(5, head(), male("2015-01-10").school(SD)),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "DESIL_DI_LUAR_SASARAN", "MEMENUHI_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "desil 4 on 2025-03-31: no desil reason",
                "2025-03-31",
                household(4, head(), male("2015-01-10").school(SD)),
                true,
                900_000,
                225_000,
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "desil 4 on 2025-04-01 is in target",
                "2025-04-01",
                household(4, head(), male("2015-01-10").school(SD)),
                true,
                900_000,
                225_000, // 900.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "DESIL_DALAM_SASARAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "missing desil on 2025-03-31 passes",
                "2025-03-31",
                household(null, head(), male("2015-01-10").school(SD)),
                true,
                900_000,
                225_000,
                List.of("TIDAK_DIKECUALIKAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD")));
        c.add(pkh(
                "missing desil on 2025-04-01 fails",
                "2025-04-01",
                household(null, head(), male("2015-01-10").school(SD)),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "DESIL_TIDAK_DIKETAHUI", "MEMENUHI_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "excluded and out of desil: both reasons",
                "2025-06-01",
                household(7, head().works(POLRI), male("2015-01-10").school(SD)),
                false,
                0,
                0,
                List.of("EXCL_ASN_TNI_POLRI", "DESIL_DI_LUAR_SASARAN", "MEMENUHI_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "excluded, out of desil and no component: every failing rule",
                "2025-06-01",
                household(10, head().works(PEMILIK_USAHA)),
                false,
                0,
                0,
                List.of("EXCL_PENGHASILAN_TETAP", "DESIL_DI_LUAR_SASARAN", "TIDAK_ADA_KOMPONEN"),
                List.of()));
        c.add(pkh(
                "2026, tahap I: SD and SMP in desil 3, no fixed benefit",
                "2026-01-15",
                household(
                        3,
                        head(),
                        male("2015-01-10").school(SD),
                        female("2012-06-10").school(SMP)),
                true,
                2_400_000, // 900.000 + 1.500.000 + 0
                600_000, // 2.400.000 / 4
                List.of("TIDAK_DIKECUALIKAN", "DESIL_DALAM_SASARAN", "MEMENUHI_KOMPONEN"),
                List.of("1:SD", "2:SMP")));
        // --- Program Sembako ---
        c.add(sembako(
                "Sembako in 2019",
                "2019-06-01",
                household(null, head()),
                true,
                1_320_000, // 12 × 110.000
                110_000,
                List.of("TIDAK_DIKECUALIKAN")));
        c.add(sembako(
                "Sembako in January 2020",
                "2020-01-15",
                household(null, head()),
                true,
                1_800_000, // 12 × 150.000
                150_000,
                List.of("TIDAK_DIKECUALIKAN")));
        c.add(sembako(
                "Sembako on 29 February 2020",
                "2020-02-29",
                household(null, head()),
                true,
                1_800_000, // 12 × 150.000
                150_000,
                List.of("TIDAK_DIKECUALIKAN")));
        c.add(sembako(
                "Sembako in March 2020",
                "2020-03-01",
                household(null, head()),
                true,
                2_400_000, // 12 × 200.000
                200_000,
                List.of("TIDAK_DIKECUALIKAN")));
        c.add(sembako(
                "Sembako has no component test and no components",
                "2024-03-01",
                household(
                        null,
                        head(),
                        female("1990-01-01").pregnant(),
                        male("2015-01-01").school(SD)),
                true,
                2_400_000, // 12 × 200.000
                200_000,
                List.of("TIDAK_DIKECUALIKAN")));
        c.add(sembako(
                "Sembako excludes a perangkat desa",
                "2024-03-01",
                household(null, head().works(PERANGKAT_DESA)),
                false,
                0,
                0,
                List.of("EXCL_PERANGKAT_DESA")));
        c.add(sembako(
                "Sembako desil 5 on 2025-04-01",
                "2025-04-01",
                household(5, head()),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "DESIL_DI_LUAR_SASARAN")));
        c.add(sembako(
                "Sembako desil 2 on 2025-04-01",
                "2025-04-01",
                household(2, head()),
                true,
                2_400_000, // 12 × 200.000
                200_000,
                List.of("TIDAK_DIKECUALIKAN", "DESIL_DALAM_SASARAN")));
        c.add(sembako(
                "Sembako desil unknown on 2025-04-01",
                "2025-04-01",
                household(null, head()),
                false,
                0,
                0,
                List.of("TIDAK_DIKECUALIKAN", "DESIL_TIDAK_DIKETAHUI")));
        c.add(sembako(
                "Sembako, all deceased",
                "2024-03-01",
                household(null, head().deceased()),
                false,
                0,
                0,
                List.of("MENINGGAL")));
        return List.copyOf(c);
    }
}
