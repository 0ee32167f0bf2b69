package id.bansos.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.Household;
import id.bansos.model.Person;
import id.bansos.model.Relationship;
import id.bansos.model.Sex;
import id.bansos.model.decision.Decision;
import id.bansos.model.id.Nik;
import id.bansos.model.id.RegionCode;
import id.bansos.model.param.ParameterSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The ten lines of Java in README.md, kept compiling and true. */
class ReadmeExampleTest {
    @Test
    void readmeExample_decidesAPregnantMotherInDesil2() {
        List<String> printed = new ArrayList<>();
        // --- as in README.md ---
        ParameterSet policy = NationalPolicy.load();
        Household household = Household.builder()
                .id("KLU-0001")
                .region(RegionCode.parse("52.08.01.2001"))
                .desil(2)
                .addMembers(Person.builder()
                        .nik(Nik.parse("5208014101900001"))
                        .sex(Sex.FEMALE)
                        .birthDate(LocalDate.of(1990, 1, 1))
                        .relationship(Relationship.HEAD)
                        .pregnant(true)
                        .build())
                .build();
        Decision decision = Engine.create().evaluate(household, Programs.pkh(), policy, LocalDate.of(2025, 6, 1));
        printed.add(decision.eligible() + " " + decision.annualAmount().format()); // true Rp3.000.000
        MessageRenderer messages = MessageRenderer.forLocale(Locale.forLanguageTag("id"));
        decision.reasons().forEach(r -> printed.add(r.code() + ": " + messages.render(r)));
        // --- end ---

        // IBU_HAMIL is Rp3.000.000 a year from 2020; desil 2 is inside the target 1-4 in force from 2025-04-01.
        assertThat(printed.get(0)).isEqualTo("true Rp3.000.000");
        assertThat(printed.subList(1, printed.size()))
                .extracting(s -> s.substring(0, s.indexOf(':')))
                .containsExactly("TIDAK_DIKECUALIKAN", "DESIL_DALAM_SASARAN", "MEMENUHI_KOMPONEN", "JUMLAH_BANTUAN");
        // 2025-06-01 is in tahap II: 3.000.000 / 4 = 750.000.
        assertThat(printed.get(4))
                .isEqualTo("JUMLAH_BANTUAN: Bantuan setahun Rp3.000.000, dibayar dalam empat tahap; pembayaran Tahap II"
                        + " Rp750.000.");
    }
}
