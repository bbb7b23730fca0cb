package io.vigint.http.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.vigint.core.client.Client;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.memory.InMemoryAccessChanges;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class RateLimitIT {
    private final List<AutoCloseable> closing = new ArrayList<>();
    private VigintCore core;
    private InMemoryAccessChanges changes;
    private VigintMetrics metrics;

    @BeforeEach
    void core() {
        changes = new InMemoryAccessChanges();
        core = VigintCore.builder()
                .storage(new InMemoryStorage())
                .accessChanges(changes)
                .build();
        metrics = new VigintMetrics();
    }

    @AfterEach
    void close() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private Client client(String name) {
        return core.clients()
                .createClient(new CreateClientCommand(name, name.toLowerCase() + "@example.com", null))
                .client();
    }

    private <T extends AutoCloseable> T closeLater(T closeable) {
        closing.add(closeable);
        return closeable;
    }

    private ExtrasTestServer server(RateLimiter limiter, ClientRateLimits limits, Client... clients) {
        ExtrasTestServer server =
                closeLater(ExtrasTestServer.start(new PingResource(), new RateLimitFilter(limiter, limits, metrics)));
        for (Client client : clients) {
            server.addClient(client.name(), client);
        }
        return server;
    }

    private ClientRateLimits limits() {
        return new ClientRateLimits(core.clientSettings(), RateLimitSettings.defaults());
    }

    private static HttpResponse<String> ping(ExtrasTestServer server, Client client) {
        return server.get("/ping", ExtrasTestServer.CLIENT_HEADER, client.name());
    }

    private static long header(HttpResponse<?> response, String name) {
        return Long.parseLong(response.headers()
                .firstValue(name)
                .orElseThrow(() -> new AssertionError(
                        "missing header " + name + " in " + response.headers().map())));
    }

    @Test
    void theSixtyFirstRequestInAMinuteGetsA429WithRetryAfterAndTheRateLimitHeaders() {
        Client acme = client("Acme");
        ExtrasTestServer server = server(closeLater(new LocalRateLimiter()), limits(), acme);

        for (int i = 1; i <= 60; i++) {
            HttpResponse<String> ok = ping(server, acme);
            assertThat(ok.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(header(ok, "RateLimit-Limit")).isEqualTo(60);
            assertThat(header(ok, "RateLimit-Remaining")).isEqualTo(60 - i);
            assertThat(header(ok, "RateLimit-Reset")).isBetween(1L, 60L);
        }
        HttpResponse<String> refused = ping(server, acme);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"code\":\"RATE_LIMITED\"").contains("\"status\":\"error\"");
        assertThat(refused.headers().firstValue("Content-Type"))
                .as("%s", refused.headers().map())
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        assertThat(header(refused, "RateLimit-Limit")).isEqualTo(60);
        assertThat(header(refused, "RateLimit-Remaining")).isZero();
        assertThat(header(refused, "RateLimit-Reset")).isBetween(1L, 60L);
        assertThat(metrics.registry().get(VigintMetrics.RATE_LIMITED).counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void aClientsOwnLimitIsHonouredAndOtherClientsKeepTheDefault() {
        Client small = client("Small");
        Client regular = client("Regular");
        core.clientSettings().setRateLimit(small.id(), 3);
        ExtrasTestServer server = server(closeLater(new LocalRateLimiter()), limits(), small, regular);

        for (int i = 0; i < 3; i++) {
            assertThat(ping(server, small).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = ping(server, small);
        HttpResponse<String> other = ping(server, regular);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "RateLimit-Limit")).isEqualTo(3);
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(header(other, "RateLimit-Limit")).isEqualTo(60);
        assertThat(header(other, "RateLimit-Remaining")).isEqualTo(59);
    }

    @Test
    void aChangedLimitAppliesAtOnceWhenTheLimitsListenToAccessChanges() throws Exception {
        Client acme = client("Acme");
        core.clientSettings().setRateLimit(acme.id(), 2);
        ClientRateLimits limits = limits();
        closeLater(limits.listenTo(changes));
        ExtrasTestServer server = server(closeLater(new LocalRateLimiter()), limits, acme);
        ping(server, acme);
        ping(server, acme);
        assertThat(ping(server, acme).statusCode()).isEqualTo(429);

        core.clientSettings().setRateLimit(acme.id(), 10);
        HttpResponse<String> raised = ping(server, acme);

        assertThat(raised.statusCode()).isEqualTo(200);
        assertThat(header(raised, "RateLimit-Limit")).isEqualTo(10);
        assertThat(header(raised, "RateLimit-Remaining")).isEqualTo(9);
    }

    @Test
    void aChangedLimitAppliesOnceTheCachedLimitExpires() throws Exception {
        Client acme = client("Acme");
        core.clientSettings().setRateLimit(acme.id(), 1);
        ClientRateLimits limits = new ClientRateLimits(core.clientSettings(), 60, Duration.ofMillis(200));
        ExtrasTestServer server = server(closeLater(new LocalRateLimiter()), limits, acme);
        ping(server, acme);
        assertThat(ping(server, acme).statusCode()).isEqualTo(429);

        core.clientSettings().setRateLimit(acme.id(), null);
        Thread.sleep(400);

        HttpResponse<String> back = ping(server, acme);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(header(back, "RateLimit-Limit")).isEqualTo(60);
    }

    @Test
    void requestsWithoutAClientAreNotLimitedHere() {
        ExtrasTestServer server = server(closeLater(new LocalRateLimiter()), limits());

        for (int i = 0; i < 65; i++) {
            HttpResponse<String> response = server.get("/ping");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("RateLimit-Limit")).isEmpty();
        }
    }

    @Test
    void anUnreachableBucketStoreLetsRequestsThroughWithoutHeaders() {
        Client acme = client("Acme");
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?user=postgres&connectTimeout=1");
        ExtrasTestServer server = server(closeLater(new PostgresRateLimiter(nowhere)), limits(), acme);

        HttpResponse<String> response = ping(server, acme);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("RateLimit-Limit")).isEmpty();
    }

    @Test
    void twoServersOnOnePostgresDatabaseShareEachClientsLimit() throws SQLException {
        DatabaseSettings database = PostgresTestDatabase.createSchema();
        closeLater(() -> PostgresTestDatabase.dropSchema(database));
        HikariDataSource pool1 = closeLater(pool(database));
        HikariDataSource pool2 = closeLater(pool(database));
        PostgresRateLimiter limiter1 = closeLater(new PostgresRateLimiter(pool1));
        PostgresRateLimiter limiter2 = closeLater(new PostgresRateLimiter(pool2));
        limiter1.createTable();
        limiter2.createTable();
        Client acme = client("Acme");
        core.clientSettings().setRateLimit(acme.id(), 10);
        ExtrasTestServer server1 = server(limiter1, limits(), acme);
        ExtrasTestServer server2 = server(limiter2, limits(), acme);

        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> ok = ping(i % 2 == 0 ? server1 : server2, acme);
            assertThat(ok.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(header(ok, "RateLimit-Remaining")).isEqualTo(10 - i);
        }

        assertThat(ping(server1, acme).statusCode()).isEqualTo(429);
        HttpResponse<String> refused = ping(server2, acme);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(header(refused, "Retry-After")).isBetween(1L, 60L);
        assertThat(bucketRows(pool1)).isEqualTo(1);
    }

    @Test
    void twoServersOnOneRedisShareEachClientsLimit() {
        RedisTestServer.assumeAvailable();
        RedisTestServer.deleteKeys(RedisRateLimiter.KEY_PREFIX + "*");
        RateLimitSettings settings = RateLimitSettings.defaults()
                .withBackend(RateLimitSettings.Backend.REDIS)
                .withRedisUrl(RedisTestServer.url());
        RateLimiter limiter1 = closeLater(RateLimiters.create(settings, null));
        RateLimiter limiter2 = closeLater(RateLimiters.create(settings, null));
        assertThat(limiter1).isInstanceOf(RedisRateLimiter.class);
        Client acme = client("Acme");
        core.clientSettings().setRateLimit(acme.id(), 10);
        ExtrasTestServer server1 = server(limiter1, limits(), acme);
        ExtrasTestServer server2 = server(limiter2, limits(), acme);

        for (int i = 1; i <= 10; i++) {
            HttpResponse<String> ok = ping(i % 2 == 0 ? server1 : server2, acme);
            assertThat(ok.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(header(ok, "RateLimit-Remaining")).isEqualTo(10 - i);
        }

        assertThat(ping(server1, acme).statusCode()).isEqualTo(429);
        assertThat(ping(server2, acme).statusCode()).isEqualTo(429);
    }

    /** A small connection pool to {@code database} (also for the other rate-limit tests of this package). */
    static HikariDataSource pool(DatabaseSettings database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.url());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static int bucketRows(HikariDataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT count(*) FROM " + RateLimitSettings.DEFAULT_POSTGRES_TABLE)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
