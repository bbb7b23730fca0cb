package io.vigint.core.usage;

import io.vigint.core.money.Money;
import io.vigint.core.util.Checks;

/**
 * The sum of one group of usage records: {@code group} is the day ({@code 2026-11-02}, UTC) or the
 * endpoint, {@code count} the number of records, {@code cost} their total. Records priced in different
 * currencies are never added up: each currency is a group of its own.
 */
public record UsageGroup(String group, long count, Money cost) {
    public UsageGroup {
        Checks.nonNull("group cost", group, cost);
    }
}
