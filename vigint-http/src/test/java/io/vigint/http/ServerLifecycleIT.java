package io.vigint.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import io.vigint.http.testing.TestResource;
import io.vigint.http.testing.TestServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerLifecycleIT {
    private final TestResource testResource = new TestResource();

    private TestServer startWithTestResource() {
        return TestServer.start(HttpSettings.defaults(), new AbstractModule() {
            @Override
            protected void configure() {
                HttpModule.jerseyComponents(binder()).addBinding().toInstance(testResource);
            }
        });
    }

    @Test
    void portZeroBindsAFreePortAndReportsIt() {
        try (TestServer server = TestServer.start()) {
            assertThat(server.server.port()).isPositive();
            assertThat(server.server.uri().toString()).isEqualTo("http://127.0.0.1:" + server.server.port() + "/");
            assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void componentsAddedByAnotherModuleAreServed() {
        try (TestServer server = startWithTestResource()) {
            String key = server.createClient("Acme").apiKey().plainText();

            var response = server.get("/test/slow?ms=1", "X-API-Key", key);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"slept_ms\":1}");
        }
    }

    @Test
    void stopLetsARequestInFlightFinishThenRefusesConnections() throws Exception {
        TestServer server = startWithTestResource();
        String key = server.createClient("Acme").apiKey().plainText();
        int port = server.server.port();
        CompletableFuture<HttpResponse<String>> inFlight =
                CompletableFuture.supplyAsync(() -> server.get("/test/slow?ms=1500", "X-API-Key", key));
        assertThat(testResource.slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        server.server.stop(Duration.ofSeconds(10));
        long stopMillis = (System.nanoTime() - started) / 1_000_000;

        HttpResponse<String> response = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"slept_ms\":1500}");
        assertThat(stopMillis).isLessThan(9_000);
        assertThat(server.server.isRunning()).isFalse();
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
        server.server.stop(Duration.ofSeconds(1));
    }

    @Test
    void stopLetsARequestWhoseBodyIsStillArrivingFinish() throws Exception {
        TestServer server = TestServer.start();
        String key = server.createClient("Acme").apiKey().plainText();
        String json = "{\"name\":\"in-flight\"}";
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/keys HTTP/1.1\r\nHost: vigint\r\nX-API-Key: " + key + "\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n"
                            + json.substring(0, 5))
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(300);

            long started = System.nanoTime();
            CompletableFuture<Void> stopping =
                    CompletableFuture.runAsync(() -> server.server.stop(Duration.ofSeconds(10)));
            Thread.sleep(700);
            out.write(json.substring(5).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            stopping.get(15, TimeUnit.SECONDS);
            long stopMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(answer).startsWith("HTTP/1.1 201");
            assertThat(stopMillis).isLessThan(9_000);
            assertThat(server.server.isRunning()).isFalse();
        }
    }

    @Test
    void aServerStartsOnlyOnce() {
        try (TestServer server = TestServer.start()) {
            assertThatThrownBy(server.server::start).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aPortInUseIsReportedWhenStarting() throws IOException {
        try (TestServer first = TestServer.start()) {
            var second = com.google.inject.Guice.createInjector(
                            new HttpModule(HttpSettings.defaults().withPort(first.server.port())),
                            new AbstractModule() {
                                @Override
                                protected void configure() {
                                    bind(io.vigint.memory.VigintCore.class).toInstance(first.core);
                                    bind(io.vigint.core.port.AccessChangeFeed.class)
                                            .toInstance(first.changes);
                                    bind(java.time.Clock.class).toInstance(first.clock);
                                    bind(io.vigint.core.idempotency.IdempotencyStore.class)
                                            .toInstance(first.storage);
                                }
                            })
                    .getInstance(io.vigint.http.server.VigintServer.class);

            assertThatThrownBy(second::start).isInstanceOf(IOException.class);
            second.stop(Duration.ZERO);
            assertThat(first.get("/api/health").statusCode()).isEqualTo(200);
        }
    }
}
