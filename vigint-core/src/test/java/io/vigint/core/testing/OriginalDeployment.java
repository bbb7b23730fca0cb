package io.vigint.core.testing;

import io.vigint.core.key.KeyHash;
import io.vigint.core.legacy.LegacyApiKey;
import io.vigint.core.legacy.LegacyClient;
import io.vigint.core.legacy.LegacyPaymentDetails;
import io.vigint.core.legacy.LegacySource;
import io.vigint.core.legacy.LegacyUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The data of an original Vigint deployment, as its tables hold it, for the import tests: two clients of
 * the same name, three keys issued as the original issues them ({@code secrets.token_urlsafe(32)}: 43
 * URL-safe characters) of which one is inactive, usage rows (costs as the original's floats compute
 * them) and payment details hanging off keys. The lists are mutable so a test can add rows between two
 * imports; {@link #source()} reads them as a {@link LegacySource}, and the SQLite and PostgreSQL fixtures
 * write them into the original's schema.
 */
public final class OriginalDeployment {
    /** The active key of client 1 ({@code Corner Shop}). */
    public static final String SHOP_KEY = token(1);
    /** The inactive key of client 1. */
    public static final String SHOP_OLD_KEY = token(2);
    /** The active key of client 2 (also named {@code Corner Shop}). */
    public static final String SECOND_SHOP_KEY = token(3);
    /** The original's {@code SECRET_KEY} (its operator key). */
    public static final String SECRET_KEY = "9f6c1e2b7a4d8c3e5f0a1b2c3d4e5f60";

    public final List<LegacyClient> clients = new ArrayList<>();
    public final List<LegacyApiKey> keys = new ArrayList<>();
    public final List<LegacyUsage> usage = new ArrayList<>();
    public final List<LegacyPaymentDetails> payments = new ArrayList<>();

    /** The deployment described above. */
    public static OriginalDeployment shops() {
        OriginalDeployment d = new OriginalDeployment();
        d.clients.add(new LegacyClient(1, "Corner Shop", "shop@example.com", at("2025-10-01T12:00:00Z")));
        d.clients.add(new LegacyClient(2, "Corner Shop", "second-shop@example.com", at("2025-10-02T09:30:00.250Z")));
        d.keys.add(key(1, 1, SHOP_KEY, "Default API Key for Corner Shop", true, "2025-10-01T12:00:00Z"));
        d.keys.add(key(2, 1, SHOP_OLD_KEY, "old laptop", false, "2025-10-01T12:05:00Z"));
        d.keys.add(key(3, 2, SECOND_SHOP_KEY, "Default API Key for Corner Shop", true, "2025-10-02T09:30:00.250Z"));
        d.usage.add(new LegacyUsage(1, 1, "/api/video/analyze", "POST", 200, cost(0.05), at("2025-10-03T08:00:00Z")));
        d.usage.add(new LegacyUsage(
                2, 1, "/api/video/alert", "POST", 200, cost(0.0010123456789), at("2025-10-03T08:00:03.500Z")));
        d.usage.add(new LegacyUsage(3, 2, "/api/usage", "GET", 200, cost(0.001), at("2025-10-03T09:00:00Z")));
        d.usage.add(new LegacyUsage(4, 3, "/api/video/analyze", "POST", 200, cost(0.05), at("2025-10-04T10:00:00Z")));
        d.usage.add(new LegacyUsage(5, 1, "/api/video/analyze", "POST", 500, cost(0.05), at("2025-10-05T11:00:00Z")));
        d.payments.add(new LegacyPaymentDetails(
                1, 2, "BANK_TRANSFER", "WEEKLY", false, null, null, null, at("2025-10-01T12:10:00Z")));
        d.payments.add(new LegacyPaymentDetails(
                2,
                1,
                "DIRECT_DEBIT",
                "MONTHLY",
                true,
                null,
                "NL91ABNA0417164300",
                "ABNANL2A",
                at("2025-10-06T12:00:00Z")));
        d.payments.add(new LegacyPaymentDetails(
                3, 3, "CREDIT_CARD", "QUARTERLY", true, "cus_Q9xyz123456", null, null, at("2025-10-02T10:00:00Z")));
        return d;
    }

    /** The SHA-256 hex of {@code plain}, as the original stores keys. */
    public static String hash(String plain) {
        return KeyHash.of(plain).hex();
    }

    /** A key as the original issues them: 32 bytes in URL-safe Base64 without padding, 43 characters. */
    public static String token(int seed) {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (seed * 37 + i * 11 + (i == 0 ? 0xF8 : 0));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static LegacyApiKey key(long id, long clientId, String plain, String name, boolean active, String created) {
        return new LegacyApiKey(id, clientId, hash(plain), name, active, at(created));
    }

    private static BigDecimal cost(double value) {
        return new BigDecimal(Double.toString(value));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    /** The rows as a {@link LegacySource} (read live, so rows added later are seen). */
    public LegacySource source() {
        return new LegacySource() {
            @Override
            public String description() {
                return "original deployment in memory";
            }

            @Override
            public List<LegacyClient> clients() {
                return sorted(clients, LegacyClient::id);
            }

            @Override
            public List<LegacyApiKey> apiKeys() {
                return sorted(keys, LegacyApiKey::id);
            }

            @Override
            public List<LegacyPaymentDetails> paymentDetails() {
                return sorted(payments, LegacyPaymentDetails::id);
            }

            @Override
            public long countUsage(long apiKeyId, long afterId) {
                return rows(apiKeyId, afterId).size();
            }

            @Override
            public List<LegacyUsage> usage(long apiKeyId, long afterId, int limit) {
                List<LegacyUsage> rows = rows(apiKeyId, afterId);
                return rows.subList(0, Math.min(limit, rows.size()));
            }

            @Override
            public Optional<Instant> lastUsage(long apiKeyId) {
                return rows(apiKeyId, 0).stream()
                        .map(LegacyUsage::timestamp)
                        .filter(t -> t != null)
                        .max(Comparator.naturalOrder());
            }

            @Override
            public void close() {}

            private List<LegacyUsage> rows(long apiKeyId, long afterId) {
                return sorted(usage, LegacyUsage::id).stream()
                        .filter(u -> u.apiKeyId() == apiKeyId && u.id() > afterId)
                        .toList();
            }
        };
    }

    private static <T> List<T> sorted(List<T> rows, java.util.function.ToLongFunction<T> id) {
        return rows.stream().sorted(Comparator.comparingLong(id)).toList();
    }
}
