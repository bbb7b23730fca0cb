package io.vigint.legacy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.legacy.LegacyApiKey;
import io.vigint.core.legacy.LegacyClient;
import io.vigint.core.legacy.LegacyPaymentDetails;
import io.vigint.core.legacy.LegacySource;
import io.vigint.core.legacy.LegacyUsage;
import io.vigint.legacy.LegacyRows.PaymentRow;
import io.vigint.legacy.LegacyRows.UsageRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;

/**
 * A {@link LegacySource} over one open JDBC connection to an original database, read through {@link
 * LegacyMapper}. A missing optional table reads as empty. A failing read is {@code
 * LEGACY_SOURCE_UNAVAILABLE} with the driver's message; the connection is closed by {@link #close()}.
 */
final class LegacyDatabase implements LegacySource {
    private final Connection connection;
    private final SqlSession session;
    private final LegacyMapper mapper;
    private final LegacySchema schema;
    private final String description;

    LegacyDatabase(Connection connection, LegacySchema schema, String description) {
        this.connection = connection;
        this.schema = schema;
        this.description = description;
        Configuration configuration = new Configuration();
        configuration.addMapper(LegacyMapper.class);
        this.session = new SqlSessionFactoryBuilder().build(configuration).openSession(connection);
        this.mapper = session.getMapper(LegacyMapper.class);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<LegacyClient> clients() {
        return read(() -> mapper.clients().stream()
                .map(r -> new LegacyClient(r.id(), r.name(), r.email(), LegacyTime.parse(r.createdAt())))
                .toList());
    }

    @Override
    public List<LegacyApiKey> apiKeys() {
        return read(() -> mapper.apiKeys().stream()
                .map(r -> new LegacyApiKey(
                        r.id(),
                        r.clientId(),
                        r.keyHash(),
                        r.name(),
                        Boolean.TRUE.equals(r.isActive()),
                        LegacyTime.parse(r.createdAt())))
                .toList());
    }

    @Override
    public List<LegacyPaymentDetails> paymentDetails() {
        if (!schema.hasPaymentDetails()) {
            return List.of();
        }
        return read(() ->
                mapper.paymentDetails().stream().map(LegacyDatabase::payment).toList());
    }

    @Override
    public long countUsage(long apiKeyId, long afterId) {
        return schema.hasUsage() ? read(() -> mapper.countUsage(apiKeyId, afterId)) : 0;
    }

    @Override
    public List<LegacyUsage> usage(long apiKeyId, long afterId, int limit) {
        if (!schema.hasUsage()) {
            return List.of();
        }
        return read(() -> mapper.usage(apiKeyId, afterId, limit).stream()
                .map(LegacyDatabase::usage)
                .toList());
    }

    @Override
    public Optional<Instant> lastUsage(long apiKeyId) {
        if (!schema.hasUsage()) {
            return Optional.empty();
        }
        return Optional.ofNullable(LegacyTime.parse(read(() -> mapper.lastUsage(apiKeyId))));
    }

    @Override
    public void close() {
        session.close();
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing was written through it; a failed close loses nothing
        }
    }

    private static LegacyPaymentDetails payment(PaymentRow r) {
        String updated = r.updatedAt() != null ? r.updatedAt() : r.createdAt();
        return new LegacyPaymentDetails(
                r.id(),
                r.apiKeyId(),
                r.paymentMethod(),
                r.paymentFrequency(),
                r.autoPayEnabled(),
                r.stripeCustomerId(),
                r.bankAccountIban(),
                r.bankAccountBic(),
                LegacyTime.parse(updated));
    }

    private static LegacyUsage usage(UsageRow r) {
        return new LegacyUsage(
                r.id(),
                r.apiKeyId(),
                r.endpoint(),
                r.method(),
                r.statusCode() == null ? 0 : r.statusCode(),
                r.cost() == null || r.cost().isNaN() || r.cost().isInfinite()
                        ? null
                        : new BigDecimal(r.cost().toString()),
                LegacyTime.parse(r.timestamp()));
    }

    private <T> T read(Supplier<T> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new VigintException(
                    CoreErrorCode.LEGACY_SOURCE_UNAVAILABLE,
                    "Reading " + description + " failed: " + oneLine(cause.getMessage()),
                    Map.of("from", description));
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
