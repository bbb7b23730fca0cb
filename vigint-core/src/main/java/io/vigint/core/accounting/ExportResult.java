package io.vigint.core.accounting;

import io.vigint.core.util.Checks;
import java.time.Duration;
import java.util.Optional;

/** What one export attempt did. Messages carry no credential. */
public sealed interface ExportResult {
    /** Created (or found already created) in the ledger under {@code externalId}. */
    record Exported(String externalId) implements ExportResult {
        public Exported {
            Checks.nonNull("externalId", externalId);
        }
    }

    /** Refused by the ledger for its content (a validation error): retrying the same content cannot help. */
    record Rejected(String reason) implements ExportResult {
        public Rejected {
            Checks.nonNull("reason", reason);
        }
    }

    /**
     * A failure that may pass (network, time-out, rate limit, server error); {@code retryAfter} is the
     * ledger's own hint (a {@code Retry-After}), if it gave one.
     */
    record RetryLater(String reason, Optional<Duration> retryAfter) implements ExportResult {
        public RetryLater {
            Checks.nonNull("reason retryAfter", reason, retryAfter);
        }
    }
}
