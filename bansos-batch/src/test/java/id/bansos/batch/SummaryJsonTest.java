package id.bansos.batch;

import static org.assertj.core.api.Assertions.assertThat;

import id.bansos.io.RegionTable;
import id.bansos.model.id.RegionCode;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {
    /**
     * A total past a long is written as the exact JSON integer: 95 million eligible households in
     * Kabupaten Lombok Utara at Rp10^12 a year each make Rp95.000.000.000.000.000.000; with a region
     * table, regions carry their names.
     */
    @Test
    void write_totalPastALong_isTheExactInteger_andRegionsHaveTheirNames() throws Exception {
        BigInteger total = new BigInteger("95000000000000000000");
        long households = 95_000_000L;
        BatchSummary s = BatchSummary.builder()
                .recordsRead(households)
                .decided(households)
                .rejected(0)
                .eligible(households)
                .notEligible(0)
                .putByRegency(RegionCode.parse("52.08"), RegionTally.of(households, 0, total))
                .putByDistrict(RegionCode.parse("52.08.01"), RegionTally.of(households, 0, total))
                .totalAnnualAmount(total)
                .build();
        RegionTable names = RegionTable.read(new StringReader("code,name\n52.08,Lombok Utara\n"), "regions.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SummaryJson.write(s, Optional.of(names), out);

        String json = out.toString(StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(json)
                .contains("\"total_annual_amount\":95000000000000000000,")
                .contains("{\"region\":\"52.08\",\"name\":\"LombokUtara\",\"eligible\":95000000,\"not_eligible\":0,"
                        + "\"annual_amount\":95000000000000000000}")
                .contains("{\"region\":\"52.08.01\",\"eligible\":95000000,\"not_eligible\":0,"
                        + "\"annual_amount\":95000000000000000000}");
    }
}
