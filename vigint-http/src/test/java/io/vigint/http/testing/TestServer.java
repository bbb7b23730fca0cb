package io.vigint.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.TestCredentials;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.login.SetLoginCommand;
import io.vigint.core.port.AccessChangeFeed;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.ratelimit.IngestLimitSettings;
import io.vigint.http.ratelimit.RateLimitSettings;
import io.vigint.http.server.VigintServer;
import io.vigint.memory.InMemoryAccessChanges;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real server on a free port over an in-memory core (PBKDF2 logins, HMAC tokens, a hand-moved
 * clock), with an operator key and a JDK HTTP client.
 */
public final class TestServer implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Limits high enough that no test trips them by accident (tests of the limits set their own through
     * {@link #start(HttpSettings, Module...)} with {@code Modules.override}).
     */
    public static final RateLimitSettings TEST_RATE_LIMITS = new RateLimitSettings(
            RateLimitSettings.Backend.LOCAL,
            1_000_000,
            RateLimitSettings.DEFAULT_REDIS_URL,
            RateLimitSettings.DEFAULT_POSTGRES_TABLE,
            java.time.Duration.ofSeconds(5),
            1_000_000,
            new IngestLimitSettings(10_000, 1_000_000_000L, 60));

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryStorage storage = new InMemoryStorage();
    public final InMemoryAccessChanges changes = new InMemoryAccessChanges();
    public final VigintCore core;
    public final Injector injector;
    public final VigintServer server;
    public final String operatorKey;
    public final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(HttpSettings settings, List<Module> extra) {
        this(settings, TEST_RATE_LIMITS, extra);
    }

    private TestServer(HttpSettings settings, RateLimitSettings rateLimits, List<Module> extra) {
        this.core = VigintCore.builder()
                .storage(storage)
                .accessChanges(changes)
                .clock(clock)
                .passwordHasher(TestCredentials.pbkdf2())
                .accessTokens(TestCredentials.hmacTokens())
                .build();
        List<Module> modules = new ArrayList<>();
        modules.add(new HttpModule(settings.withPort(0), rateLimits));
        modules.add(new CoreUseCases(core));
        modules.add(new AbstractModule() {
            @Override
            protected void configure() {
                bind(AccessChangeFeed.class).toInstance(changes);
                bind(Clock.class).toInstance(clock);
                bind(IdempotencyStore.class).toInstance(storage);
            }
        });
        modules.addAll(extra);
        this.injector = Guice.createInjector(modules);
        this.server = injector.getInstance(VigintServer.class);
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.operatorKey = core.operatorKeys().createOperatorKey("tests").plainText();
    }

    public static TestServer start() {
        return start(HttpSettings.defaults());
    }

    /** A server with the given rate limits instead of {@link #TEST_RATE_LIMITS}. */
    public static TestServer startWithRateLimits(RateLimitSettings rateLimits) {
        return new TestServer(HttpSettings.defaults(), rateLimits, List.of());
    }

    public static TestServer start(HttpSettings settings, Module... extra) {
        return new TestServer(settings, List.of(extra));
    }

    /** A server with the given rate limits instead of {@link #TEST_RATE_LIMITS}, and more modules. */
    public static TestServer start(HttpSettings settings, RateLimitSettings rateLimits, Module... extra) {
        return new TestServer(settings, rateLimits, List.of(extra));
    }

    public URI uri(String path) {
        return server.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** A client created through the core. */
    public CreatedClient createClient(String name) {
        return core.clients()
                .createClient(
                        new CreateClientCommand(name, name.toLowerCase().replace(' ', '-') + "@example.com", null));
    }

    /** Sets a login for {@code client}. */
    public void setLogin(ClientId client, String username, String password) {
        core.login().setLogin(new SetLoginCommand(client, username, password.toCharArray()));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(withHeaders(request(path).GET(), headers).build());
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return send(withHeaders(request(path).DELETE(), headers).build());
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return send(withHeaders(
                        request(path)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)),
                        headers)
                .build());
    }

    public HttpResponse<String> putJson(String path, String json, String... headers) {
        return send(withHeaders(
                        request(path)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(json)),
                        headers)
                .build());
    }

    public HttpResponse<String> postEmpty(String path, String... headers) {
        return send(withHeaders(request(path).POST(HttpRequest.BodyPublishers.noBody()), headers)
                .build());
    }

    public HttpResponse<String> postForm(String path, String form, String... headers) {
        return send(withHeaders(
                        request(path)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form)),
                        headers)
                .build());
    }

    public static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        if (headers.length % 2 != 0) {
            throw new IllegalArgumentException("headers come in name, value pairs");
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop(Duration.ofSeconds(2));
    }
}
