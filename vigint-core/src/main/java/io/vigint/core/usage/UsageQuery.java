package io.vigint.core.usage;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;

/**
 * A page of one client's usage in a period: what {@link UsageReportUseCase} lists or sums.
 *
 * @param cursor where to continue ({@code null}: from the start)
 * @param limit how many records or groups per page, {@value #MIN_LIMIT} to {@value #MAX_LIMIT}
 * @throws VigintException {@code VALIDATION_FAILED} for field {@code limit} when it is out of range
 */
public record UsageQuery(ClientId clientId, UsagePeriod period, UsageCursor cursor, int limit) {
    public static final int MIN_LIMIT = 1;
    public static final int MAX_LIMIT = 1_000;
    public static final int DEFAULT_LIMIT = 100;

    public UsageQuery {
        Checks.nonNull("clientId period", clientId, period);
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw VigintException.invalid(
                    "limit", "limit must be from " + MIN_LIMIT + " to " + MAX_LIMIT + ", got: " + limit);
        }
    }
}
