package id.bansos.batch.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.bansos.model.decision.LegalBasis;
import id.bansos.model.decision.Reason;
import id.bansos.model.decision.ReasonCode;
import id.bansos.model.id.RegionCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaverTest {
    private static final RegionCode VILLAGE = RegionCode.parse("52.08.01.2001");
    private static final Reason NOT_FOUND = Reason.builder()
            .code(ReasonCode.TIDAK_DITEMUKAN)
            .rule("roster.reconcile")
            .legalBasis(LegalBasis.builder().instrument("Kepmensos").build())
            .build();

    @Test
    void aLeaverNotInTheRegistry_hasNoDecision() {
        Leaver l = new Leaver(
                "A",
                VILLAGE,
                LeaverSource.NOT_IN_REGISTRY,
                ReasonCode.TIDAK_DITEMUKAN,
                List.of(NOT_FOUND),
                Optional.empty());

        assertThat(l.decision()).isEmpty();
        assertThatThrownBy(() -> new Leaver(
                        "A",
                        VILLAGE,
                        LeaverSource.REGISTRY,
                        ReasonCode.TIDAK_DITEMUKAN,
                        List.of(NOT_FOUND),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision must be empty exactly when the source is NOT_IN_REGISTRY");
    }

    @Test
    void thePrimaryReason_isTheFirst() {
        assertThatThrownBy(() -> new Leaver(
                        "A",
                        VILLAGE,
                        LeaverSource.NOT_IN_REGISTRY,
                        ReasonCode.MASIH_LAYAK,
                        List.of(NOT_FOUND),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("primaryReason must be the code of the first reason TIDAK_DITEMUKAN, got MASIH_LAYAK");
        assertThatThrownBy(() -> new Leaver(
                        "A",
                        VILLAGE,
                        LeaverSource.NOT_IN_REGISTRY,
                        ReasonCode.MASIH_LAYAK,
                        List.of(),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reasons must hold at least one reason");
    }
}
