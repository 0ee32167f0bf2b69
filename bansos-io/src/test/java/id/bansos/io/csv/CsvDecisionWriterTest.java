package id.bansos.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.model.decision.ComponentAward;
import id.bansos.model.decision.Decision;
import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.money.Rupiah;
import id.bansos.model.program.Component;
import id.bansos.model.program.Program;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvDecisionWriterTest {
    private static final String POLICY = "a".repeat(64);

    private static Reason reason(ReasonCode code) {
        return Reason.builder()
                .code(code)
                .rule("pkh.cap")
                .legalBasis(LegalBasis.builder().instrument("Permensos").build())
                .build();
    }

    @Test
    void encode_writesOneRowWithPaidAndUnpaidComponentsAndReasonCodes() {
        Decision d = Decision.builder()
                .householdId("KLU, 7")
                .program(Program.PKH)
                .asOf(LocalDate.of(2024, 3, 1))
                .eligible(true)
                .annualAmount(Rupiah.of(3_900_000))
                .amountPerPayment(Rupiah.of(975_000))
                .addComponents(ComponentAward.builder()
                        .memberIndex(1)
                        .memberNikMasked("520801******0002")
                        .component(Component.IBU_HAMIL)
                        .annualAmount(Rupiah.of(3_000_000))
                        .paid(true)
                        .build())
                .addComponents(ComponentAward.builder()
                        .memberIndex(2)
                        .memberNikMasked("520801******0003")
                        .component(Component.SD)
                        .annualAmount(Rupiah.of(900_000))
                        .paid(false)
                        .build())
                .addReasons(reason(ReasonCode.MEMENUHI_KOMPONEN), reason(ReasonCode.BATAS_KOMPONEN))
                .policyVersion(POLICY)
                .engineVersion("0.1.0")
                .build();
        assertThat(new String(CsvDecisionWriter.encode(d), StandardCharsets.UTF_8))
                .isEqualTo("\"KLU, 7\",PKH,2024-03-01,true,3900000,975000,IBU_HAMIL;SD(unpaid),"
                        + "MEMENUHI_KOMPONEN;BATAS_KOMPONEN,," + POLICY + ",0.1.0\r\n");
    }

    private static Decision notEligible(String householdId) {
        return Decision.builder()
                .householdId(householdId)
                .program(Program.SEMBAKO)
                .asOf(LocalDate.of(2025, 6, 1))
                .eligible(false)
                .annualAmount(Rupiah.ZERO)
                .amountPerPayment(Rupiah.ZERO)
                .addReasons(reason(ReasonCode.TIDAK_DIKECUALIKAN), reason(ReasonCode.DESIL_DI_LUAR_SASARAN))
                .policyVersion(POLICY)
                .engineVersion("0.1.0")
                .build();
    }

    @Test
    void encode_givesPrimaryReasonOfIneligibleDecision() {
        Decision d = notEligible("KLU-9");
        assertThat(new String(CsvDecisionWriter.encode(d), StandardCharsets.UTF_8))
                .isEqualTo("KLU-9,SEMBAKO,2025-06-01,false,0,0,,TIDAK_DIKECUALIKAN;DESIL_DI_LUAR_SASARAN,"
                        + "DESIL_DI_LUAR_SASARAN," + POLICY + ",0.1.0\r\n");
        assertThat(new String(CsvDecisionWriter.header(), StandardCharsets.UTF_8))
                .startsWith("household_id,program,as_of,eligible,");
    }

    @Test
    void encode_householdIdThatWouldStartAFormula_getsAnApostropheButAmountsStayNumbers() {
        for (String id : List.of("=1+1", "+1", "-1", "@A1", "\tx", "'=1")) {
            assertThat(new String(CsvDecisionWriter.encode(notEligible(id)), StandardCharsets.UTF_8))
                    .isEqualTo("'" + id + ",SEMBAKO,2025-06-01,false,0,0,,TIDAK_DIKECUALIKAN;DESIL_DI_LUAR_SASARAN,"
                            + "DESIL_DI_LUAR_SASARAN," + POLICY + ",0.1.0\r\n");
        }
    }
}
