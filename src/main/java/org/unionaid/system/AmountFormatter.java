package org.unionaid.system;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Amounts in forms as people type them: {@code 36000}, {@code 36,000} (the way the pages display amounts),
 * {@code 36000.5}, full-width digits, comma and point ({@code ３６，０００．５}) and surrounding spaces. Anything
 * else ({@code 两万}, {@code abc}, {@code 1.2.3}, {@code 36,00}) is a binding error whose message is the bundles'
 * {@code typeMismatch.java.math.BigDecimal}. Printed plain ({@code 36000.00}), so a re-rendered form parses again.
 * Registered for form and request-parameter binding only: JSON bodies are read by Jackson, where an amount is a
 * JSON number.
 */
final class AmountFormatter implements Formatter<BigDecimal> {

    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String amount = normalise(text);
        if (!AMOUNT.matcher(amount).matches()) {
            throw new ParseException("Not an amount: " + text, 0);
        }
        return new BigDecimal(amount.replace(",", ""));
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return value.toPlainString();
    }

    /** Full-width digits and signs to ASCII, the full-width comma and point to ',' and '.', spaces trimmed. */
    static String normalise(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF10' && c <= '\uFF19') {
                result.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '\uFF0C') {
                result.append(',');
            } else if (c == '\uFF0E') {
                result.append('.');
            } else if (c == '\uFF0B') {
                result.append('+');
            } else if (c == '\uFF0D') {
                result.append('-');
            } else if (c == '\u00A0') {
                result.append(' ');
            } else {
                result.append(c);
            }
        }
        return result.toString().strip();
    }
}
