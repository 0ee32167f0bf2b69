package id.bansos.rules;

import id.bansos.model.program.Program;
import java.util.List;

/**
 * The national programmes as POLICY-V2 states them.
 *
 * <p>PKH: {@code pkh.meninggal}, {@code common.exclusion}, {@code pkh.desil}, {@code
 * pkh.component}, {@code pkh.cap}, {@code pkh.amount}. Program Sembako: {@code sembako.meninggal},
 * {@code common.exclusion}, {@code sembako.desil}, {@code sembako.amount}. Their parameters are in
 * {@link NationalPolicy#load()}.
 */
public final class Programs {
    private static final ProgramDefinition PKH = ProgramDefinition.of(
            Program.PKH,
            List.of(
                    Rules.pkhDeceased(),
                    Rules.exclusion(),
                    Rules.pkhDesil(),
                    Rules.pkhComponent(),
                    Rules.pkhCap(),
                    Rules.pkhAmount()));

    private static final ProgramDefinition SEMBAKO = ProgramDefinition.of(
            Program.SEMBAKO,
            List.of(Rules.sembakoDeceased(), Rules.exclusion(), Rules.sembakoDesil(), Rules.sembakoAmount()));

    private Programs() {}

    /**
     * Returns Program Keluarga Harapan (Permensos 1/2018).
     *
     * <p>Example: on 2024-03-01 a family with a pregnant woman and a child in SD is eligible for
     * 3.000.000 + 900.000 = Rp3.900.000 a year, Rp975.000 per tahap.
     *
     * @return the programme, not null
     */
    public static ProgramDefinition pkh() {
        return PKH;
    }

    /**
     * Returns Program Sembako (Permensos 5/2021).
     *
     * <p>Example: on 2024-03-01 an eligible family gets Rp200.000 a month, Rp2.400.000 a year.
     *
     * @return the programme, not null
     */
    public static ProgramDefinition sembako() {
        return SEMBAKO;
    }

    /**
     * Returns the national programmes: PKH and Program Sembako.
     *
     * @return an unmodifiable list in that order, not null
     */
    public static List<ProgramDefinition> national() {
        return List.of(PKH, SEMBAKO);
    }
}
