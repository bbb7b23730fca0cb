package io.vigint.legacy;

/**
 * The original's rows as MyBatis reads them: datetimes as text (see {@link LegacyTime}), booleans and
 * numbers possibly missing.
 */
public final class LegacyRows {
    private LegacyRows() {}

    /** A row of {@code clients}. */
    public record ClientRow(long id, String name, String email, String createdAt) {}

    /** A row of {@code api_keys}. */
    public record ApiKeyRow(long id, long clientId, String keyHash, String name, Boolean isActive, String createdAt) {}

    /** A row of {@code api_usage}. */
    public record UsageRow(
            long id,
            long apiKeyId,
            String endpoint,
            String method,
            Integer statusCode,
            Double cost,
            String timestamp) {}

    /** A row of {@code payment_details}; {@link #toString()} leaves out the bank and card references. */
    public record PaymentRow(
            long id,
            long apiKeyId,
            String paymentMethod,
            String paymentFrequency,
            Boolean autoPayEnabled,
            String stripeCustomerId,
            String bankAccountIban,
            String bankAccountBic,
            String createdAt,
            String updatedAt) {
        @Override
        public String toString() {
            return "PaymentRow[id=" + id + ", apiKeyId=" + apiKeyId + ", paymentMethod=" + paymentMethod + "]";
        }
    }
}
