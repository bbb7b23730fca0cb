package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.http.metrics.VigintMetrics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, finding 4: alerts were sent on request threads, so an SMTP server that accepts and never answers
 * held an HTTP worker for about a minute per alert, and 40 such alerts left other tenants unanswered. Now
 * the alert only queues its email durably and answers; a bounded pool sends in the background with a
 * per-client cap.
 *
 * <p>The dead provider is the server's own mail setting pointed at a silent listener on loopback (the
 * address guard for client-configured hosts, built separately, refuses loopback for clients; the
 * server's setting is the operator's and is not guarded). With server-level mail every client's email
 * goes to it, which is what the attack needs: a provider that holds whoever sends.
 */
class HostileDeadMailProviderIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ALERTS = 40;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("vigint-mailer", "server-smtp-password"));

    @TempDir
    Path cwd;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** A socket that accepts SMTP connections and never says a word (nor closes them). */
    private static final class SilentListener implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        final List<Socket> accepted = new CopyOnWriteArrayList<>();

        SilentListener() throws IOException {
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        accepted.add(socket.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }

    private static Map<String, String> serverSmtp(int port, String username, String password) {
        Map<String, String> env = new HashMap<>();
        env.put("VIGINT_MAIL_PROVIDER", "smtp");
        env.put("VIGINT_MAIL_FROM", "alerts@vigint.test");
        env.put("VIGINT_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("VIGINT_MAIL_SMTP_PORT", Integer.toString(port));
        env.put("VIGINT_MAIL_SMTP_SECURITY", "none");
        if (username != null) {
            env.put("VIGINT_MAIL_SMTP_USERNAME", username);
            env.put("VIGINT_MAIL_SMTP_PASSWORD", password);
        }
        return env;
    }

    private HttpRequest alert(CreatedClient client, int n) {
        return HttpRequest.newBuilder(served.server().uri().resolve("api/alert"))
                .timeout(Duration.ofSeconds(10))
                .header("X-API-Key", client.apiKey().plainText())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"analysis\":\"Intruder at the gate\",\"risk_level\":\"HIGH\",\"source_id\":\"gate-" + n
                                + "\"}"))
                .build();
    }

    private HttpRequest health(CreatedClient client) {
        return HttpRequest.newBuilder(served.server().uri().resolve("api/health"))
                .timeout(Duration.ofSeconds(2))
                .header("X-API-Key", client.apiKey().plainText())
                .GET()
                .build();
    }

    private record Timed(HttpResponse<String> response, long millis) {}

    private CompletableFuture<Timed> timed(HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Timed(response, (System.nanoTime() - start) / 1_000_000));
    }

    @Test
    void fortyAlertsToAProviderThatNeverAnswersAreQueuedWithinTenSecondsAndOtherClientsStayServed() throws Exception {
        try (SilentListener silent = new SilentListener()) {
            served = ServedVigint.start(cwd, null, serverSmtp(silent.socket.getLocalPort(), null, null));
            CreatedClient attacker = served.createClient("Mallory");
            CreatedClient victim = served.createClient("Victim");

            List<CompletableFuture<Timed>> alerts = new ArrayList<>();
            for (int i = 0; i < ALERTS; i++) {
                alerts.add(timed(alert(attacker, i)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (silent.accepted.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(silent.accepted)
                    .as("the drainer is stuck on the silent provider")
                    .isNotEmpty();
            List<Timed> healths = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                healths.add(timed(health(victim)).get(5, TimeUnit.SECONDS));
                Thread.sleep(100);
            }

            for (Timed answer : healths) {
                assertThat(answer.response().statusCode()).isEqualTo(200);
                assertThat(answer.millis()).as("another client's health check").isLessThan(2_000);
            }
            for (CompletableFuture<Timed> future : alerts) {
                Timed answer = future.get(15, TimeUnit.SECONDS);
                assertThat(answer.response().statusCode())
                        .as(answer.response().body())
                        .isEqualTo(200);
                assertThat(answer.millis()).as("an alert's answer").isLessThan(10_000);
                JsonNode body = JSON.readTree(answer.response().body());
                assertThat(body.get("success").asBoolean()).isTrue();
                assertThat(body.get("recipient").asText()).isEqualTo("mallory@example.com");
                assertThat(body.get("video_attached").asBoolean()).isFalse();
                assertThat(body.get("deduplicated").asBoolean()).isFalse();
                assertThat(body.get("delivery").asText()).isEqualTo("queued");
            }
            MailQueueDepth depth = served.mailQueue();
            assertThat(depth.waiting() + depth.inFlight())
                    .as("every alert is in the queue: none lost, none sent")
                    .isEqualTo(ALERTS);
            assertThat(depth.inFlight())
                    .as("one client holds at most mail.queue.per_client (2) senders")
                    .isLessThanOrEqualTo(2);
            assertThat(silent.accepted.size())
                    .as("connections to the silent provider, all still hanging")
                    .isLessThanOrEqualTo(2);
            System.gc(); // the meters must not lose their source to the collector
            String metrics = served.injector()
                    .getInstance(VigintMetrics.class)
                    .registry()
                    .scrape();
            assertThat(metrics)
                    .contains("vigint_mail_queue_waiting ")
                    .contains("vigint_mail_queue_in_flight ")
                    .contains("vigint_mail_queue_failed 0.0")
                    .contains("vigint_mail_queue_sent_total 0.0");
        }
    }

    @Test
    void aQueuedAlertSurvivesARestartAndIsSentAfterIt() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        Map<String, String> unreachable = serverSmtp(closedPort, null, null);
        unreachable.put("VIGINT_MAIL_QUEUE_BACKOFF", "2s");
        served = ServedVigint.start(cwd, null, unreachable);
        CreatedClient acme = served.createClient("Acme");

        HttpResponse<String> answer =
                served.post(acme, "api/alert", "{\"analysis\":\"Smoke in the hall\",\"risk_level\":\"HIGH\"}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("delivery").asText()).isEqualTo("queued");
        Thread.sleep(1_000);
        assertThat(served.mailQueue())
                .as("the provider is down: the message waits for its next try")
                .isEqualTo(new MailQueueDepth(1, 0, 0));
        served.close();
        served = null;

        served = ServedVigint.start(
                cwd, null, serverSmtp(SMTP.getSmtp().getPort(), "vigint-mailer", "server-smtp-password"));

        assertThat(SMTP.waitForIncomingEmail(ServedVigint.MAIL_WAIT.toMillis(), 1))
                .as("the message queued before the restart is sent after it")
                .isTrue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(SMTP.getReceivedMessages()[0].getSubject()).contains("HIGH risk");
        assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString())
                .isEqualTo("acme@example.com");
        assertThat(served.awaitMailQueueSettled()).isEqualTo(new MailQueueDepth(0, 0, 0));
    }
}
