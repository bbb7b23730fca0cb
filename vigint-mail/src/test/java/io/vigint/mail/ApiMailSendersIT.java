package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.EmailConfigValidator;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.MailSender;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each HTTP API sender against a local server that checks the request the provider's API expects. */
class ApiMailSendersIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:15:00Z"));
    private RecordingApiServer api;
    private MailSenders senders;

    @BeforeEach
    void startApi() throws Exception {
        api = new RecordingApiServer();
        senders = new MailSenders(ProviderEndpoints.allAt(api.base()), HttpClient.newHttpClient(), clock);
    }

    @AfterEach
    void stopApi() {
        api.close();
    }

    private static EmailProviderAccount account(String provider, Map<String, ?> fields) {
        return EmailConfigValidator.validate(provider, fields).account();
    }

    private MailSender sender(String provider) {
        return senders.forAccount(
                switch (provider) {
                    case "mailgun" ->
                        account(
                                "mailgun",
                                Map.of(
                                        "api_key",
                                        "key-mailgun-secret",
                                        "domain",
                                        "mg.acme.test",
                                        "from_email",
                                        "alerts@mg.acme.test"));
                    case "sendgrid" ->
                        account("sendgrid", Map.of("api_key", "SG.sendgrid-secret", "from_email", "alerts@acme.test"));
                    case "postmark" ->
                        account(
                                "postmark",
                                Map.of("server_token", "postmark-secret-token", "from_email", "alerts@acme.test"));
                    case "ses" ->
                        account(
                                "ses",
                                Map.of(
                                        "access_key_id", "AKIAIOSFODNN7EXAMPLE",
                                        "secret_access_key", "ses-secret-access-key",
                                        "region", "eu-west-1",
                                        "from_email", "alerts@acme.test"));
                    default -> throw new IllegalArgumentException(provider);
                });
    }

    @Test
    void mailgunPostsMultipartFormWithBasicAuthAndTheAttachmentAsAFilePart() throws Exception {
        senders.forAccount(account(
                        "mailgun",
                        Map.of(
                                "api_key", "key-mailgun-secret",
                                "domain", "mg.acme.test",
                                "from_email", "alerts@mg.acme.test",
                                "from_name", "Acme Alerts")))
                .send(Messages.alert("security@acme.com"));

        RecordingApiServer.Request request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v3/mg.acme.test/messages");
        assertThat(request.header("Authorization"))
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString("api:key-mailgun-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        MimeMultipart form = new MimeMultipart(new ByteArrayDataSource(request.body(), request.header("Content-Type")));
        Map<String, String> fields = new java.util.HashMap<>();
        byte[] attachment = null;
        for (int i = 0; i < form.getCount(); i++) {
            var part = form.getBodyPart(i);
            String disposition = part.getHeader("Content-Disposition")[0];
            if (disposition.contains("filename=\"incident.avi\"")) {
                assertThat(disposition).contains("name=\"attachment\"");
                assertThat(part.getContentType()).isEqualTo("video/x-msvideo");
                attachment = part.getInputStream().readAllBytes();
            } else {
                String name = disposition.replaceAll(".*name=\"([^\"]+)\".*", "$1");
                fields.put(name, new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(fields)
                .containsEntry("from", "\"Acme Alerts\" <alerts@mg.acme.test>")
                .containsEntry("to", "security@acme.com")
                .containsEntry("subject", "Incident détecté: intrusion")
                .containsEntry("text", "A person climbed the fence at 10:15.")
                .containsEntry("html", "<p>A person climbed the <b>fence</b>.</p>");
        assertThat(attachment).isEqualTo(Messages.CLIP);
    }

    @Test
    void mailgunEuUsesTheEuEndpoint() throws Exception {
        try (RecordingApiServer eu = new RecordingApiServer()) {
            ProviderEndpoints endpoints =
                    new ProviderEndpoints(api.base(), eu.base(), api.base(), api.base(), api.base());
            new MailSenders(endpoints, HttpClient.newHttpClient(), clock)
                    .forAccount(account(
                            "mailgun",
                            Map.of(
                                    "api_key",
                                    "k",
                                    "domain",
                                    "mg.acme.test",
                                    "region",
                                    "eu",
                                    "from_email",
                                    "a@acme.test")))
                    .send(Messages.alert("security@acme.com"));

            assertThat(eu.only().path()).isEqualTo("/v3/mg.acme.test/messages");
            assertThat(api.requests()).isEmpty();
        }
    }

    @Test
    void sendgridPostsJsonWithBearerAuthAndBase64Attachments() throws Exception {
        api.answer(202);
        sender("sendgrid").send(Messages.alert("security@acme.com"));

        RecordingApiServer.Request request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v3/mail/send");
        assertThat(request.header("Authorization")).isEqualTo("Bearer SG.sendgrid-secret");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.at("/personalizations/0/to/0/email").asText()).isEqualTo("security@acme.com");
        assertThat(body.at("/from/email").asText()).isEqualTo("alerts@acme.test");
        assertThat(body.at("/subject").asText()).isEqualTo("Incident détecté: intrusion");
        assertThat(body.at("/content/0/type").asText()).isEqualTo("text/plain");
        assertThat(body.at("/content/0/value").asText()).isEqualTo("A person climbed the fence at 10:15.");
        assertThat(body.at("/content/1/type").asText()).isEqualTo("text/html");
        assertThat(body.at("/attachments/0/filename").asText()).isEqualTo("incident.avi");
        assertThat(body.at("/attachments/0/type").asText()).isEqualTo("video/x-msvideo");
        assertThat(body.at("/attachments/0/disposition").asText()).isEqualTo("attachment");
        assertThat(Base64.getDecoder().decode(body.at("/attachments/0/content").asText()))
                .isEqualTo(Messages.CLIP);
    }

    @Test
    void postmarkPostsJsonWithTheServerTokenHeader() throws Exception {
        sender("postmark").send(Messages.alert("security@acme.com"));

        RecordingApiServer.Request request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/email");
        assertThat(request.header("X-Postmark-Server-Token")).isEqualTo("postmark-secret-token");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Authorization")).isNull();
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("From").asText()).isEqualTo("alerts@acme.test");
        assertThat(body.get("To").asText()).isEqualTo("security@acme.com");
        assertThat(body.get("Subject").asText()).isEqualTo("Incident détecté: intrusion");
        assertThat(body.get("TextBody").asText()).isEqualTo("A person climbed the fence at 10:15.");
        assertThat(body.get("HtmlBody").asText()).contains("<b>fence</b>");
        assertThat(body.at("/Attachments/0/Name").asText()).isEqualTo("incident.avi");
        assertThat(body.at("/Attachments/0/ContentType").asText()).isEqualTo("video/x-msvideo");
        assertThat(Base64.getDecoder().decode(body.at("/Attachments/0/Content").asText()))
                .isEqualTo(Messages.CLIP);
    }

    @Test
    void sesPostsRawMimeSignedWithSignatureV4() throws Exception {
        sender("ses").send(Messages.alert("security@acme.com"));

        RecordingApiServer.Request request = api.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2/email/outbound-emails");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-Amz-Date")).isEqualTo("20261127T101500Z");
        assertThat(request.header("Authorization"))
                .matches("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261127/eu-west-1/ses/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}");
        String expected = AwsSigV4.sign(
                        "POST",
                        api.base().resolve("/v2/email/outbound-emails"),
                        Map.of("content-type", "application/json"),
                        request.body(),
                        "eu-west-1",
                        "ses",
                        "AKIAIOSFODNN7EXAMPLE",
                        "ses-secret-access-key",
                        clock.instant())
                .get("Authorization");
        assertThat(request.header("Authorization")).isEqualTo(expected);
        assertThat(request.header("Host")).isEqualTo(AwsSigV4.host(api.base()));
        JsonNode body = JSON.readTree(request.body());
        assertThat(body.get("FromEmailAddress").asText()).isEqualTo("alerts@acme.test");
        assertThat(body.at("/Destination/ToAddresses/0").asText()).isEqualTo("security@acme.com");
        MimeMessage raw = Messages.parse(
                Base64.getDecoder().decode(body.at("/Content/Raw/Data").asText()));
        assertThat(raw.getSubject()).isEqualTo("Incident détecté: intrusion");
        assertThat(Messages.attachment(raw, "incident.avi")).isEqualTo(Messages.CLIP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mailgun", "sendgrid", "postmark", "ses"})
    void aRefusalIsMailFailedWithProviderAndStatusButNoSecret(String provider) {
        api.answer(401);

        assertThatThrownBy(() -> sender(provider).send(Messages.alert("security@acme.com")))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED);
                    assertThat(e.details()).containsEntry("provider", provider).containsEntry("status", 401);
                    assertThat(e.getMessage() + e.details()).doesNotContain("secret");
                });
    }

    @Test
    void anUnreachableApiIsMailFailed() {
        api.close();

        assertThatThrownBy(() -> sender("sendgrid").send(Messages.alert("security@acme.com")))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.details())
                        .containsEntry("provider", "sendgrid")
                        .containsKey("reason"));
    }
}
