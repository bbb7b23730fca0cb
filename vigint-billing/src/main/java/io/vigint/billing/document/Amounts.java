package io.vigint.billing.document;

import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How documents write numbers: a decimal point, no thousands separators, whatever the locale.
 * Amounts have exactly 2 decimals (half-up); unit prices at least 2 and as many as they need
 * ({@code 0.0025}); rates as percentages ({@code 21%}, {@code 5.5%}).
 */
public final class Amounts {
    private Amounts() {}

    /** For example {@code 1234.50}. */
    public static String amount(Money money) {
        return money.amount().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** For example {@code 0.05} or {@code 0.0025}. */
    public static String unitPrice(Money money) {
        BigDecimal value = money.amount().stripTrailingZeros();
        if (value.scale() < 2) {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        }
        return value.toPlainString();
    }

    /** {@code 0.21} as {@code 21%}. */
    public static String percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0, RoundingMode.UNNECESSARY);
        }
        return percent.toPlainString() + "%";
    }

    /** {@code 0.21} as {@code 0.21} (at least 2 decimals), for machine-readable output. */
    public static String rate(BigDecimal rate) {
        BigDecimal value = rate.stripTrailingZeros();
        if (value.scale() < 2) {
            value = value.setScale(2, RoundingMode.UNNECESSARY);
        }
        return value.toPlainString();
    }

    /** For example {@code 12.50 EUR}. */
    public static String withCurrency(Money money) {
        return amount(money) + " " + money.currency().getCurrencyCode();
    }
}
