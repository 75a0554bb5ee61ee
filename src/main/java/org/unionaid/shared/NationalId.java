package org.unionaid.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An 18-character PRC resident identity number (GB 11643): 6-digit region code, birth date
 * {@code yyyyMMdd}, 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character, which may be
 * {@code X}. The value is kept in upper case. It is personal data: show {@link #masked()} unless the user
 * may see it, and never write {@link #value()} into logs or the audit trail.
 */
public record NationalId(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Why a text is not a valid ID; each has its own message key. */
    public enum Defect {
        FORMAT("nationalId.invalid.format"),
        DATE("nationalId.invalid.date"),
        CHECKSUM("nationalId.invalid.checksum");

        private final String messageKey;

        Defect(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public NationalId {
        Defect defect = defectOf(value, latestToday());
        if (defect != null) {
            throw new BusinessRuleException(defect.messageKey());
        }
        value = normalise(value);
    }

    /** Parses a typed ID (surrounding spaces and a lower-case x are accepted). */
    public static NationalId of(String text) {
        return new NationalId(text);
    }

    public static Optional<NationalId> tryParse(@Nullable String text) {
        return text != null && defectOf(text, latestToday()) == null
                ? Optional.of(new NationalId(text)) : Optional.empty();
    }

    /**
     * The date of today where it is latest (UTC+18): a value type has no clock, and a birth date is refused
     * only when it is in the future in every zone, so the check never depends on the server's zone.
     */
    static LocalDate latestToday() {
        return LocalDate.now(java.time.ZoneOffset.MAX);
    }

    /** What is wrong with {@code text} as an ID on {@code today}, or null when it is valid. */
    public static @Nullable Defect defectOf(@Nullable String text, LocalDate today) {
        if (text == null) {
            return Defect.FORMAT;
        }
        String id = normalise(text);
        if (!FORMAT.matcher(id).matches()) {
            return Defect.FORMAT;
        }
        LocalDate birth = parseDate(id);
        if (birth == null || birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            return Defect.DATE;
        }
        return checkCharacter(id) == id.charAt(17) ? null : Defect.CHECKSUM;
    }

    /** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        LocalDate date = parseDate(value);
        if (date == null) {
            throw new IllegalStateException("validated ID without a date");
        }
        return date;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    public String regionCode() {
        return value.substring(0, 6);
    }

    /** {@code 1101**********1234}: the region's first four and the last four characters. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String text) {
        return text.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static @Nullable LocalDate parseDate(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public enum Sex {
        MALE, FEMALE
    }
}
