package io.vigint.http.metering;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.vigint.core.usage.GroupBy;
import io.vigint.core.usage.UsageGroup;
import java.math.BigDecimal;

/**
 * One group in {@code GET /api/v1/usage?group_by=…}: {@code {"day","count","cost","currency"}} or
 * {@code {"endpoint","count","cost","currency"}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"day", "endpoint", "count", "cost", "currency"})
public record UsageGroupView(
        String day,
        String endpoint,
        long count,
        @JsonSerialize(using = PlainDecimalSerializer.class) BigDecimal cost,
        String currency) {
    static UsageGroupView of(UsageGroup group, GroupBy groupBy) {
        return new UsageGroupView(
                groupBy == GroupBy.DAY ? group.group() : null,
                groupBy == GroupBy.ENDPOINT ? group.group() : null,
                group.count(),
                group.cost().amount(),
                group.cost().currency().getCurrencyCode());
    }
}
