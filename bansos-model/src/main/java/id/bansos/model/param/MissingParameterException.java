package id.bansos.model.param;

import id.bansos.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Thrown when a parameter has no value on the date asked for, either because the date is before
 * its first value or because the value on that date is {@code none}.
 *
 * <p>The exception carries the key, the date and the reason, so that a caller (the command line,
 * which exits 2) can report it without parsing the message. Example message: {@code parameter
 * pkh.target_desil_max has no value on 2018-12-31 (its first value is from 2019-01-01)}.
 */
public final class MissingParameterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a parameter has no value on a date. */
    public enum Reason {
        /** The date is before the parameter's first value. */
        BEFORE_FIRST_VALUE,
        /** The value on the date is {@code none}: the rule reading it is not in force. */
        NOT_IN_FORCE
    }

    private final String key;
    private final LocalDate date;
    private final Reason reason;
    private final LocalDate firstValueFrom;

    private MissingParameterException(
            String key, LocalDate date, Reason reason, LocalDate firstValueFrom, String message) {
        super(message);
        this.key = key;
        this.date = date;
        this.reason = reason;
        this.firstValueFrom = firstValueFrom;
    }

    /**
     * Obtains the exception for a date before a parameter's first value.
     *
     * @param key the parameter's key, not null
     * @param date the date asked for, not null
     * @param firstValueFrom the date of the parameter's first value, not null, after {@code date}
     * @return the exception, not null
     * @throws NullPointerException if any argument is null
     */
    public static MissingParameterException beforeFirstValue(String key, LocalDate date, LocalDate firstValueFrom) {
        Checks.notNull(key, "key");
        Checks.notNull(date, "date");
        Checks.notNull(firstValueFrom, "firstValueFrom");
        return new MissingParameterException(
                key,
                date,
                Reason.BEFORE_FIRST_VALUE,
                firstValueFrom,
                "parameter " + key + " has no value on " + date + " (its first value is from " + firstValueFrom + ")");
    }

    /**
     * Obtains the exception for a date on which a parameter is {@code none}.
     *
     * @param key the parameter's key, not null
     * @param date the date asked for, not null
     * @return the exception, not null
     * @throws NullPointerException if any argument is null
     */
    public static MissingParameterException notInForce(String key, LocalDate date) {
        Checks.notNull(key, "key");
        Checks.notNull(date, "date");
        return new MissingParameterException(
                key, date, Reason.NOT_IN_FORCE, null, "parameter " + key + " is not in force (none) on " + date);
    }

    /**
     * The key of the parameter asked for.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * The date asked for.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Why the parameter has no value on {@link #date()}.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * The date of the parameter's first value, when the reason is {@link Reason#BEFORE_FIRST_VALUE}.
     *
     * @return the date of the first value, or empty for {@link Reason#NOT_IN_FORCE}
     */
    public Optional<LocalDate> firstValueFrom() {
        return Optional.ofNullable(firstValueFrom);
    }
}
