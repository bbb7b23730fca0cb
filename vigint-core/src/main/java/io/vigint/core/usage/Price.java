package io.vigint.core.usage;

import io.vigint.core.util.Checks;
import java.math.BigDecimal;

/**
 * What one call to an endpoint costs: {@code base} per call, plus {@code perSecond} for each second the
 * server spent processing it (zero when the endpoint is priced per call only). Both are amounts in the
 * price list's currency, not negative.
 */
public record Price(BigDecimal base, BigDecimal perSecond) {
    /** Free. */
    public static final Price FREE = new Price(BigDecimal.ZERO, BigDecimal.ZERO);

    public Price {
        Checks.nonNull("base perSecond", base, perSecond);
        if (base.signum() < 0 || perSecond.signum() < 0) {
            throw new IllegalArgumentException("prices must not be negative: " + base + ", " + perSecond);
        }
    }

    /** A price per call only. */
    public static Price perCall(String base) {
        return new Price(new BigDecimal(base), BigDecimal.ZERO);
    }
}
