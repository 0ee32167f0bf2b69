package id.bansos.model.id;

/**
 * The levels of Indonesian government administration that a {@link RegionCode} can name, from the
 * top down; the declaration order is the hierarchy, so {@code PROVINCE} comes first.
 */
public enum RegionLevel {
    /** Provinsi: code {@code PP}, e.g. {@code 52}. */
    PROVINCE(2),
    /** Kabupaten (regency, {@code 01}–{@code 69}) or kota (city, {@code 71}–{@code 99}): {@code PP.KK}. */
    REGENCY(4),
    /** Kecamatan (district; distrik in Papua): {@code PP.KK.CC}. */
    DISTRICT(6),
    /** Desa (village) or kelurahan (urban village): {@code PP.KK.CC.DDDD}. */
    VILLAGE(10);

    private final int digitCount;

    RegionLevel(int digitCount) {
        this.digitCount = digitCount;
    }

    /** The number of digits of a code at this level, without dots. */
    int digitCount() {
        return digitCount;
    }
}
