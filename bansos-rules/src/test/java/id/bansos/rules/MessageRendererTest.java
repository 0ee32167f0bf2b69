package id.bansos.rules;

import static id.bansos.rules.Households.female;
import static id.bansos.rules.Households.male;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.Household;
import id.bansos.model.Occupation;
import id.bansos.model.Person;
import id.bansos.model.SchoolLevel;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageRendererTest {
    private static final MessageRenderer ID = MessageRenderer.forLocale(Locale.forLanguageTag("id"));
    private static final MessageRenderer EN = MessageRenderer.forLocale(Locale.ENGLISH);

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageRenderer.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLibraryReasonCode_hasAnIndonesianAndAnEnglishText() throws IOException {
        Properties id = bundle("messages.properties");
        Properties en = bundle("messages_en.properties");
        for (ReasonCode code : ReasonCode.libraryCodes()) {
            assertThat(id.getProperty(code.code())).as("id text of " + code).isNotBlank();
            assertThat(en.getProperty(code.code())).as("en text of " + code).isNotBlank();
            assertThat(en.getProperty(code.code()))
                    .as("en differs from id for " + code)
                    .isNotEqualTo(id.getProperty(code.code()));
            assertThat(ID.template(code)).hasValue(id.getProperty(code.code()));
            assertThat(EN.template(code)).hasValue(en.getProperty(code.code()));
        }
        // The library codes and five variants: BATAS_KOMPONEN by limit, JUMLAH_BANTUAN by schedule.
        List<String> variants = List.of(
                "BATAS_KOMPONEN.CAP",
                "BATAS_KOMPONEN.COMPONENT",
                "BATAS_KOMPONEN.CAP_AND_COMPONENT",
                "JUMLAH_BANTUAN.TAHAP",
                "JUMLAH_BANTUAN.MONTHLY",
                "JUMLAH_BANTUAN.YEARLY",
                "JUMLAH_BANTUAN.ONCE");
        for (String variant : variants) {
            assertThat(id.getProperty(variant)).as("id text of " + variant).isNotBlank();
            assertThat(en.getProperty(variant)).as("en text of " + variant).isNotBlank();
        }
        assertThat(id.stringPropertyNames()).hasSize(ReasonCode.libraryCodes().size() + variants.size());
        assertThat(en.stringPropertyNames()).hasSize(ReasonCode.libraryCodes().size() + variants.size());
    }

    @Test
    void render_takesTheVariantOfTheLimitThatCut() {
        Reason.Builder b = Reason.builder()
                .code(ReasonCode.BATAS_KOMPONEN)
                .rule("pkh.cap")
                .legalBasis(Policies.PERBUP)
                .putArgs("count", "3")
                .putArgs("paid", "2")
                .putArgs("cut", "1")
                .putArgs("max", "4")
                .putArgs("components", "ANAK_USIA_DINI");
        Reason component = b.putArgs("limit", "COMPONENT").build();
        Reason cap = Reason.builder().from(component).putArgs("limit", "CAP").build();
        assertThat(ID.render(component))
                .isEqualTo("3 anggota memenuhi komponen dan 2 dibayar; 1 anggota tidak dibayar karena batas jumlah"
                        + " orang per komponen sudah tercapai (ANAK_USIA_DINI).");
        assertThat(EN.render(component))
                .isEqualTo("3 members qualify for a component and 2 are paid; 1 are not paid because the limit of"
                        + " persons per component is reached (ANAK_USIA_DINI).");
        assertThat(EN.render(cap))
                .isEqualTo("3 members qualify for a component, but at most 4 members of a family are paid; 1 are not"
                        + " paid.");
    }

    @Test
    void render_takesTheVariantOfTheSchedule() {
        Reason tahap = Reason.builder()
                .code(ReasonCode.JUMLAH_BANTUAN)
                .rule("pkh.amount")
                .legalBasis(Policies.PERBUP)
                .putArgs("annual_amount", "4800000")
                .putArgs("amount_per_payment", "1200000")
                .putArgs("schedule", "TAHAP")
                .putArgs("tahap", "1")
                .build();
        Reason monthly = Reason.builder()
                .code(ReasonCode.JUMLAH_BANTUAN)
                .rule("pkh.amount")
                .legalBasis(Policies.PERBUP)
                .putArgs("annual_amount", "1125000")
                .putArgs("amount_per_payment", "93750")
                .putArgs("schedule", "MONTHLY")
                .putArgs("month", "6")
                .build();
        assertThat(ID.render(tahap))
                .isEqualTo("Bantuan setahun Rp4.800.000, dibayar dalam empat tahap; pembayaran Tahap I Rp1.200.000.");
        assertThat(ID.render(monthly))
                .isEqualTo("Bantuan setahun Rp1.125.000, dibayar setiap bulan; pembayaran bulan Juni Rp93.750.");
        assertThat(EN.render(monthly))
                .isEqualTo("Assistance of Rp1,125,000 a year, paid monthly; the payment for June is Rp93,750.");
    }

    @Test
    void render_fillsTheArgsInEachLanguage() {
        Reason r = Reason.builder()
                .code(ReasonCode.DESIL_DI_LUAR_SASARAN)
                .rule("pkh.desil")
                .legalBasis(Policies.PERBUP)
                .putArgs("desil", "6")
                .putArgs("max", "4")
                .build();
        assertThat(ID.render(r)).isEqualTo("Keluarga berada di desil 6, di luar sasaran desil 1 sampai 4.");
        assertThat(EN.render(r)).isEqualTo("The family is in decile 6, outside the target of deciles 1 to 4.");
    }

    @Test
    void render_numbersMembersAsOnTheFamilyCard_andNamesTahapAndMonth() {
        // member_index counts from 0 in the data; the officer reads the second person on the KK as ke-2.
        Reason excluded = Reason.builder()
                .code(ReasonCode.EXCL_PERANGKAT_DESA)
                .rule("common.exclusion")
                .legalBasis(Policies.PERBUP)
                .putArgs("member_index", "1")
                .putArgs("occupation", "PERANGKAT_DESA")
                .build();
        assertThat(ID.render(excluded))
                .isEqualTo("Anggota keluarga ke-2 adalah perangkat desa aktif (PERANGKAT_DESA) dan dikecualikan.");
        assertThat(EN.render(excluded))
                .isEqualTo("Family member 2 is an active village official (PERANGKAT_DESA) and is excluded.");
        Reason tahapIv = Reason.builder()
                .code(ReasonCode.JUMLAH_BANTUAN)
                .rule("pkh.amount")
                .legalBasis(Policies.PERBUP)
                .putArgs("annual_amount", "2400000")
                .putArgs("amount_per_payment", "600000")
                .putArgs("schedule", "TAHAP")
                .putArgs("tahap", "4")
                .build();
        assertThat(EN.render(tahapIv))
                .isEqualTo(
                        "Assistance of Rp2,400,000 a year, paid in four tahap; the payment of Tahap IV is Rp600,000.");
        Reason december = Reason.builder()
                .code(ReasonCode.JUMLAH_BANTUAN)
                .rule("pkh.amount")
                .legalBasis(Policies.PERBUP)
                .putArgs("annual_amount", "2400000")
                .putArgs("amount_per_payment", "600000")
                .putArgs("schedule", "MONTHLY")
                .putArgs("month", "12")
                .build();
        assertThat(ID.render(december))
                .isEqualTo("Bantuan setahun Rp2.400.000, dibayar setiap bulan; pembayaran bulan Desember Rp600.000.");
        // A value that names no tahap or month stays as the placeholder, not a guess.
        Reason odd = Reason.builder()
                .code(ReasonCode.JUMLAH_BANTUAN)
                .rule("pkh.amount")
                .legalBasis(Policies.PERBUP)
                .putArgs("schedule", "TAHAP")
                .putArgs("tahap", "5")
                .build();
        assertThat(EN.render(odd)).contains("the payment of {tahap_name} is");
    }

    @Test
    void render_leavesAnUnknownPlaceholderAsWritten() {
        Reason r = Reason.builder()
                .code(ReasonCode.BATAS_KOMPONEN)
                .rule("pkh.cap")
                .legalBasis(Policies.PERBUP)
                .putArgs("cut", "2")
                .build();
        assertThat(EN.render(r))
                .isEqualTo("{count} members qualify for a component and {paid} are paid; 2 are not paid because of a"
                        + " component limit.");
    }

    @Test
    void render_writesACodeWithoutTextAsCodeAndArgs() {
        Reason bare = Reason.builder()
                .code(ReasonCode.of("TIDAK_HADIR_P2K2"))
                .rule("district.p2k2")
                .legalBasis(Policies.PERBUP)
                .build();
        Reason withArgs = Reason.builder()
                .from(bare)
                .putArgs("months", "3")
                .putArgs("year", "2024")
                .build();
        assertThat(ID.render(bare)).isEqualTo("TIDAK_HADIR_P2K2");
        assertThat(ID.render(withArgs)).isEqualTo("TIDAK_HADIR_P2K2 (months=3, year=2024)");
        assertThat(ID.template(ReasonCode.of("TIDAK_HADIR_P2K2"))).isEmpty();
    }

    @Test
    void withTexts_addsDistrictTextsThatWinOverTheLibrarys() {
        MessageRenderer r = EN.withTexts(Map.of(
                ReasonCode.of("TIDAK_HADIR_P2K2"),
                "Missed {months} P2K2 sessions.",
                ReasonCode.MENINGGAL,
                "All dead."));
        Reason p2k2 = Reason.builder()
                .code(ReasonCode.of("TIDAK_HADIR_P2K2"))
                .rule("district.p2k2")
                .legalBasis(Policies.PERBUP)
                .putArgs("months", "3")
                .build();
        assertThat(r.render(p2k2)).isEqualTo("Missed 3 P2K2 sessions.");
        assertThat(r.template(ReasonCode.MENINGGAL)).hasValue("All dead.");
        assertThat(EN.template(ReasonCode.MENINGGAL))
                .hasValue("Every member of the family ({members} persons) is recorded as deceased.");
        assertThat(r.locale()).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> EN.withTexts(null)).hasMessage("more must not be null");
    }

    @Test
    void forLocale_neverFallsBackToTheDefaultLocale() {
        // Surefire runs with the default locale tr_TR: a locale without texts gets Indonesian.
        Reason r = Reason.builder()
                .code(ReasonCode.TIDAK_DIKECUALIKAN)
                .rule("common.exclusion")
                .legalBasis(Policies.PERBUP)
                .build();
        String indonesian = "Tidak ada anggota keluarga yang hidup dengan pekerjaan yang dikecualikan.";
        assertThat(MessageRenderer.forLocale(Locale.forLanguageTag("tr-TR")).render(r))
                .isEqualTo(indonesian);
        assertThat(MessageRenderer.forLocale(Locale.ROOT).render(r)).isEqualTo(indonesian);
        assertThat(MessageRenderer.forLocale(Locale.forLanguageTag("en-GB")).render(r))
                .isEqualTo("No living family member has an excluded occupation.");
        assertThat(ID).hasToString("MessageRenderer[id]");
        assertThatThrownBy(() -> MessageRenderer.forLocale(null)).hasMessage("locale must not be null");
        assertThatThrownBy(() -> ID.render(null)).hasMessage("reason must not be null");
    }

    @Test
    void renderedReasons_neverContainANikOrAName() {
        LocalDate date = LocalDate.of(2025, 6, 1);
        List<Household> households = List.of(
                Households.household(
                        "KEL-1",
                        7,
                        List.of(
                                male("1980-01-01").named("Budi Santoso").works(Occupation.ASN),
                                female("1990-01-01").named("Siti Aminah").pregnant(),
                                male("2015-01-01").named("Agus").school(SchoolLevel.SD))),
                Households.household(
                        "KEL-2",
                        null,
                        List.of(male("1940-01-01").named("Slamet").deceased())),
                Households.household(
                        "KEL-3",
                        2,
                        List.of(
                                female("1985-01-01").named("Dewi").pregnant(),
                                male("2007-01-01").named("Eko").school(SchoolLevel.SMA),
                                male("2011-01-01").named("Fajar").school(SchoolLevel.SMP),
                                female("2015-01-01").named("Gita").school(SchoolLevel.SD),
                                female("2016-01-01").named("Hana").school(SchoolLevel.SD))));
        List<String> rendered = new ArrayList<>();
        List<String> secrets = new ArrayList<>();
        for (Household h : households) {
            for (Person p : h.members()) {
                secrets.add(p.nik().value());
                secrets.add(p.nik().masked());
                secrets.add(p.name().orElseThrow());
            }
            for (ProgramDefinition program : Programs.national()) {
                Decision d = Engine.create().evaluate(h, program, NationalPolicy.load(), date);
                for (Reason r : DuplicateNik.apply(d, List.of("KEL-9"), 1).reasons()) {
                    rendered.add(ID.render(r));
                    rendered.add(EN.render(r));
                }
            }
        }
        assertThat(rendered).hasSizeGreaterThan(20);
        for (String text : rendered) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
            assertThat(text).doesNotContain("{");
        }
    }
}
