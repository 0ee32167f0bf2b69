package id.bansos.rules.graduation;

/** Where the income behind an income per capita came from. */
public enum IncomeSource {
    /** The latest monitoring observation on or before the date that recorded an income. */
    OBSERVATION,
    /** The household's {@code monthly_income} in the registry record. */
    REGISTRY
}
