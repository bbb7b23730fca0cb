package io.vigint.core.billing;

import io.vigint.core.client.ClientId;
import io.vigint.core.util.Checks;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The usage of one client on one endpoint in a period, summed by storage (one row of
 * {@code GROUP BY client_id, endpoint}): enough to price an invoice line and to recompute it when the
 * invoice is verified.
 *
 * @param clientId whose usage
 * @param endpoint the metered endpoint
 * @param count how many records
 * @param sum the exact sum of their costs
 * @param maxCost the highest cost among them: every cost was the same exactly when {@code count × maxCost}
 *     equals {@code sum} (no cost exceeds the highest, so the sum reaches it only if none is lower)
 */
public record UsageTotal(ClientId clientId, String endpoint, long count, BigDecimal sum, BigDecimal maxCost) {
    public UsageTotal {
        Checks.nonNull("clientId endpoint sum maxCost", clientId, endpoint, sum, maxCost);
        if (count < 1) {
            throw new IllegalArgumentException("a usage total sums at least one record");
        }
    }

    /** The cost of every record when all were the same; empty when they varied. */
    public Optional<BigDecimal> uniformCost() {
        return maxCost.multiply(BigDecimal.valueOf(count)).compareTo(sum) == 0
                ? Optional.of(maxCost)
                : Optional.empty();
    }
}
