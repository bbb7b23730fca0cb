package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.SmtpSecurity;
import io.vigint.core.mail.StoredEmailConfig;
import io.vigint.core.port.TransactionRunner;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9, finding 4 (SSRF through a client's SMTP settings), against a served Vigint: every internal
 * target the tester used, and the other ways of writing them, is refused by {@code POST} and {@code PUT
 * /api/v1/clients/email-config} with 400 {@code INVALID_EMAIL_CONFIG} naming {@code host}; a loopback host
 * that is already stored (set before this check, or a name that now resolves there) is never connected to
 * when the client's mail is sent; and the operator's {@code mail.outbound.allow} lets a client use an
 * internal relay (GreenMail on 127.0.0.1). That a name which resolved to the internet when it was set and
 * to loopback later is checked again on the address connected to is shown with a changing resolver in
 * vigint-mail's {@code GuardedSmtpIT}.
 */
class HostileSsrfIT {
    private static final String PATH = "api/v1/clients/email-config";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    static Path cwd;

    private static ServedVigint served;
    private static CreatedClient newcomer;
    private static CreatedClient configured;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        // about 150 requests from two clients within a minute; the rate limit is not what this tests
        served = ServedVigint.start(cwd, null, Map.of("VIGINT_RATE_LIMIT_PER_MINUTE", "100000"));
        newcomer = served.createClient("Newcomer");
        configured = served.createClient("Configured");
        HttpResponse<String> set = served.post(configured, PATH, smtp("smtp.example.com", 587));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    private static String smtp(String host, int port) {
        return "{\"provider\":\"smtp\",\"config\":{\"host\":\"" + host + "\",\"port\":" + port
                + ",\"use_tls\":false,\"from_email\":\"alerts@acme.test\"}}";
    }

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({
        // the tester's targets
        "127.0.0.1, 6379",
        "127.0.0.1, 5432",
        "169.254.169.254, 80",
        "localhost, 25",
        "2130706433, 6379",
        "0.0.0.0, 25",
        // the same written otherwise
        "LOCALHOST, 25",
        "mail.localhost, 25",
        "0x7f000001, 6379",
        "0X7F000001, 6379",
        "0177.0.0.1, 6379",
        "017700000001, 6379",
        "127.1, 6379",
        "127.0.1, 6379",
        "127.255.255.254, 25",
        "0, 25",
        "2852039166, 80",
        "0xa9fea9fe, 80",
        "0251.0376.0251.0376, 80",
        "169.254.43518, 80",
        // other internal ranges
        "10.0.0.1, 25",
        "172.16.0.1, 25",
        "192.168.1.1, 25",
        "100.64.0.1, 25",
        "224.0.0.1, 25",
        "255.255.255.255, 25",
        "240.0.0.1, 25",
        // numbers that are no address, which a resolver might read its own way
        "999.0.0.1, 25",
        "1.2.3.4.5, 25",
        // IPv6 forms (refused by the host syntax already; here so they stay refused)
        "::1, 25",
        "'[::1]', 25",
        "::ffff:127.0.0.1, 25",
        "::ffff:7f00:1, 25",
        "fe80::1, 25",
        "fd00::1, 25",
        "64:ff9b::7f00:1, 25",
    })
    void anInternalTargetIsRefusedByPostAndPutWith400NamingTheHost(String host, int port) throws Exception {
        assertRefused(served.post(newcomer, PATH, smtp(host, port)));
        assertRefused(put(configured, smtp(host, port)));

        assertThat(get(newcomer).statusCode()).as("nothing stored").isEqualTo(404);
        assertThat(json(get(configured)).at("/data/config/host").asText())
                .as("the configuration before the refused PUT is kept")
                .isEqualTo("smtp.example.com");
    }

    @Test
    void aHostNameThatResolvesToLoopbackIsRefusedSayingSo() throws Exception {
        assertThat(InetAddress.getByName("localhost").isLoopbackAddress()).isTrue();

        HttpResponse<String> refused = served.post(newcomer, PATH, smtp("localhost", 6379));

        assertRefused(refused);
        assertThat(json(refused).at("/error/message").asText()).contains("internal address (loopback)");
    }

    @Test
    void aStoredLoopbackHostIsNeverConnectedToWhenTheClientsMailIsSent() throws Exception {
        CreatedClient legacy = served.createClient("Legacy");
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (String host : List.of("127.0.0.1", "localhost", "2130706433", "0x7f000001", "127.1")) {
                // as stored before this check existed, or set when its name still resolved elsewhere
                store(legacy, host, listener.getLocalPort());

                assertThatThrownBy(() -> served.injector()
                                .getInstance(ClientMailer.class)
                                .send(legacy.client().id(), message()))
                        .as(host)
                        .isInstanceOfSatisfying(VigintException.class, e -> {
                            assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED);
                            assertThat(e.details())
                                    .containsEntry("provider", "smtp")
                                    .containsEntry("reason", "OutboundAddressRefused");
                            assertThat(e.getMessage()).doesNotContain(String.valueOf(listener.getLocalPort()));
                        });
            }

            listener.setSoTimeout(500);
            assertThatThrownBy(listener::accept)
                    .as("the loopback listener saw no connection")
                    .isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(served.outbox())
                .as("a refused client provider is not rerouted")
                .isEmpty();
    }

    @Test
    void theOperatorsAllowListLetsAClientUseAnInternalRelayAndOnlyThat(@TempDir Path otherCwd) throws Exception {
        try (ServedVigint allowing =
                ServedVigint.start(otherCwd, null, Map.of("VIGINT_MAIL_OUTBOUND_ALLOW", "127.0.0.1"))) {
            CreatedClient acme = allowing.createClient("Acme");

            HttpResponse<String> set =
                    allowing.post(acme, PATH, smtp("127.0.0.1", SMTP.getSmtp().getPort()));
            assertThat(set.statusCode()).as(set.body()).isEqualTo(201);
            allowing.injector()
                    .getInstance(ClientMailer.class)
                    .send(acme.client().id(), message());

            assertThat(SMTP.getReceivedMessages()).hasSize(1);
            assertThat(SMTP.getReceivedMessages()[0].getSubject()).isEqualTo("SSRF check");
            assertRefused(allowing.post(acme, PATH, smtp("169.254.169.254", 80)));
            assertRefused(allowing.post(acme, PATH, smtp("127.0.0.2", 6379)));
            assertRefused(allowing.post(acme, PATH, smtp("localhost", 6379)));
        }
    }

    private static MailMessage message() {
        return new MailMessage("security@acme.com", "SSRF check", "text", null, List.of());
    }

    private static void store(CreatedClient client, String host, int port) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EmailConfigStore store = served.injector().getInstance(EmailConfigStore.class);
        StoredEmailConfig config = new StoredEmailConfig(
                client.client().id(),
                EmailConfig.smtp("alerts@acme.test", null, host, port, null, SmtpSecurity.NONE),
                null,
                now,
                now);
        served.injector().getInstance(TransactionRunner.class).inTransaction(() -> {
            if (store.findEmailConfig(client.client().id()).isPresent()) {
                return store.updateEmailConfig(config);
            }
            return store.insertEmailConfig(config);
        });
    }

    private static void assertRefused(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("error");
        assertThat(body.at("/error/code").asText()).isEqualTo("INVALID_EMAIL_CONFIG");
        assertThat(body.at("/error/details/field").asText()).isEqualTo("host");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ServedVigint.JSON.readTree(response.body());
    }

    private static HttpResponse<String> put(CreatedClient client, String json) throws Exception {
        return HTTP.send(
                request(client)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(CreatedClient client) throws Exception {
        return HTTP.send(request(client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(CreatedClient client) {
        return HttpRequest.newBuilder(served.server().uri().resolve(PATH))
                .header("X-API-Key", client.apiKey().plainText());
    }
}
