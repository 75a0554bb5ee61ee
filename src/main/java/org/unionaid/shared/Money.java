package org.unionaid.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts of money in CNY: two decimals (the {@code NUMERIC(14,2)} of every amount column), rounded half up where a
 * computation (a rate, a division) yields more, and never silently where an amount must already be exact. The one
 * place that owns the scale and the rounding; nothing else calls {@code setScale} on an amount.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** 0.00 */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** A computed amount to the fen, half up (e.g. 666.665 → 666.67). */
    public static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /**
     * An amount that must already be exact to the fen, with scale 2 (1 → 1.00); more decimals are a programming
     * error ({@link ArithmeticException}), never rounded away.
     */
    public static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** As lists and explanation lines show an amount: thousands separators, two decimals (8,400.00). */
    public static String format(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(round(amount));
    }
}
