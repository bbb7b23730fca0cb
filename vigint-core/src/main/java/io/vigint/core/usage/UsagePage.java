package io.vigint.core.usage;

import java.util.List;
import java.util.Objects;

/**
 * One page of a listing, and where the next page starts ({@code null} when this is the last page).
 *
 * @param <T> {@link UsageEntry} or {@link UsageGroup}
 */
public record UsagePage<T>(List<T> items, UsageCursor next) {
    public UsagePage {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
