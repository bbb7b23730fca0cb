package io.vigint.core.legacy;

import io.vigint.core.util.Checks;
import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param source where it read from ({@link LegacySource#description()})
 * @param dryRun true if nothing was written
 * @param clients clients of the original: added here, imported before, skipped
 * @param apiKeys API keys likewise
 * @param usage usage rows likewise
 * @param paymentDetails sets of payment details likewise (of several sets for one client, the latest is
 *     imported and the others are skipped)
 * @param operatorKey what became of the original's {@code SECRET_KEY}
 * @param clientLines every original client and the client here it is (or would be, or is not)
 * @param changes values changed to fit here: a duplicate name or email given a suffix, a blank name
 *     filled in, payment fields that cannot go together dropped
 * @param skipped rows not imported and why (at most {@value #MAX_LISTED}; the tallies count them all)
 */
public record LegacyImportReport(
        String source,
        boolean dryRun,
        Tally clients,
        Tally apiKeys,
        Tally usage,
        Tally paymentDetails,
        OperatorKeyOutcome operatorKey,
        List<ClientLine> clientLines,
        List<Change> changes,
        List<Skip> skipped) {
    /** Most rows listed in {@link #skipped}. */
    public static final int MAX_LISTED = 100;

    public LegacyImportReport {
        Checks.nonNull(
                "source clients apiKeys usage paymentDetails operatorKey clientLines changes skipped",
                source,
                clients,
                apiKeys,
                usage,
                paymentDetails,
                operatorKey,
                clientLines,
                changes,
                skipped);
        clientLines = List.copyOf(clientLines);
        changes = List.copyOf(changes);
        skipped = List.copyOf(skipped);
    }

    /** True if the run added (or would add) nothing at all. */
    public boolean addedNothing() {
        return clients.added() + apiKeys.added() + usage.added() + paymentDetails.added() == 0
                && operatorKey != OperatorKeyOutcome.ADDED;
    }

    /**
     * Rows of one kind: {@code found} in the original = {@code added} + {@code existing} (imported by an
     * earlier run) + {@code skipped}.
     */
    public record Tally(long found, long added, long existing, long skipped) {}

    /** What became of the {@code SECRET_KEY}. */
    public enum OperatorKeyOutcome {
        /** None was given. */
        NOT_GIVEN,
        /** Registered as an operator key (or would be, in a dry run). */
        ADDED,
        /** Already registered. */
        EXISTING
    }

    /** How an original row fared. */
    public enum Outcome {
        ADDED,
        EXISTING,
        SKIPPED
    }

    /**
     * One original client.
     *
     * @param clientId its id here, or {@code null} when skipped or not yet created (dry run)
     * @param name its name here (after any suffix), or the original's when skipped
     * @param active false when imported revoked (every one of its keys was inactive in the original)
     */
    public record ClientLine(long legacyId, Long clientId, String name, Outcome outcome, boolean active) {}

    /**
     * A value changed to fit here.
     *
     * @param kind {@code client} or {@code payment_details}
     * @param legacyId the row's id in the original
     * @param field the field changed ({@code name}, {@code email}, {@code auto_pay}, {@code iban}, …)
     */
    public record Change(String kind, long legacyId, String field, String from, String to) {}

    /**
     * A row not imported.
     *
     * @param kind {@code client}, {@code api_key}, {@code usage} or {@code payment_details}
     * @param legacyId the row's id in the original (for usage of a skipped key: the key's)
     */
    public record Skip(String kind, long legacyId, String reason) {}
}
