package id.bansos.model.internal;

import java.nio.charset.StandardCharsets;

/**
 * The one masking of 16-digit personal identifiers (NIK, KK number), shared so that every masked
 * form in the library looks the same. Not public API.
 */
public final class Masks {
    private Masks() {}

    /**
     * Writes 16 digits held in a {@code long}, with leading zeros.
     *
     * @param digits the number, 0 to 9,999,999,999,999,999
     * @return the 16 digits, not null
     */
    public static String sixteenDigits(long digits) {
        String s = Long.toString(digits);
        return s.length() >= 16 ? s : "0".repeat(16 - s.length()) + s;
    }

    /**
     * Masks 16 digits: the first six (the region of issue) and the last four (the serial) stay, the
     * six in between become asterisks, e.g. {@code 520801******0001}.
     *
     * @param digits the number, 0 to 9,999,999,999,999,999
     * @return the masked form, 16 characters, not null
     */
    public static String sixteenDigitsMasked(long digits) {
        if (digits < 0 || digits > 9_999_999_999_999_999L) {
            String s = sixteenDigits(digits);
            return s.substring(0, 6) + "******" + s.substring(12);
        }
        // One array, no intermediate strings: every component person of every decision is masked.
        byte[] out = new byte[16];
        long rest = digits;
        for (int i = 15; i >= 0; i--) {
            out[i] = i >= 6 && i < 12 ? (byte) '*' : (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(out, StandardCharsets.US_ASCII);
    }
}
