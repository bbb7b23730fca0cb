package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.UpdateClientCommand;
import io.vigint.core.client.UpdateClientUseCase;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.IssueApiKeyUseCase;
import io.vigint.core.login.LoginUseCase;
import io.vigint.core.login.SetLoginCommand;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.operator.OperatorKeysUseCase;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile use of accounts against a real {@code vigint serve} (issue 9, findings 9 and 10): a client
 * cannot make Vigint mail an address whose owner did not follow the confirmation link, and failed logins
 * from one address lock out neither the valid keys, tokens and operator keys of others behind it, nor
 * other usernames; only the attacked username is throttled.
 */
class HostileAccountIT {
    private static final Pattern LINK = Pattern.compile("confirm-email\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedVigint served;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private URI uri(String path) {
        return served.server().uri().resolve(path);
    }

    private HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri("auth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return ServedVigint.JSON.readTree(response.body());
    }

    private static String key(CreatedClient client) {
        return client.apiKey().plainText();
    }

    /** The recipients and plain text of the outbox mails not seen yet. */
    private record Mail(String to, String text) {}

    private List<Mail> newMail(List<Path> seen) throws Exception {
        List<Mail> mails = new ArrayList<>();
        for (Path file : served.outbox()) {
            if (seen.contains(file)) {
                continue;
            }
            seen.add(file);
            try (InputStream in = Files.newInputStream(file)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                mails.add(new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), text(message)));
            }
        }
        return mails;
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        Multipart parts = (Multipart) content;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContent() instanceof String part) {
                text.append(part);
            } else if (parts.getBodyPart(i).getContent() instanceof Multipart nested) {
                for (int j = 0; j < nested.getCount(); j++) {
                    text.append(nested.getBodyPart(j).getContent());
                }
            }
        }
        return text.toString();
    }

    /** Sends an alert and waits until the mail queue has sent it (alerts are queued, not sent on the call). */
    private HttpResponse<String> alert(CreatedClient client) throws Exception {
        HttpResponse<String> answer = send(
                "POST",
                "api/alert",
                "{\"analysis\":\"Person at the gate\",\"risk_level\":\"HIGH\"}",
                "X-API-Key",
                key(client));
        MailQueueDepth depth = served.awaitMailQueueSettled();
        assertThat(depth.waiting() + depth.inFlight())
                .as("the queued alert is sent")
                .isZero();
        return answer;
    }

    @Test
    void aNewEmailIsUsedOnlyAfterTheLinkSentToItIsFollowed() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        send("PUT", "api/v1/clients/me", "{\"description\":\"WIN A PRIZE at evil.example\"}", "X-API-Key", key(acme));
        List<Path> seen = new ArrayList<>();

        HttpResponse<String> change =
                send("PUT", "api/v1/clients/me", "{\"email\":\"victim@example.org\"}", "X-API-Key", key(acme));

        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
        JsonNode data = json(change).get("data");
        assertThat(data.get("email").asText()).isEqualTo("acme@example.com");
        assertThat(data.get("pending_email").asText()).isEqualTo("victim@example.org");
        assertThat(data.get("email_confirmation").asText()).isEqualTo("sent");
        assertThat(data.get("pending_email_expires_at").asText()).isNotBlank();
        List<Mail> confirmation = newMail(seen);
        assertThat(confirmation).hasSize(1);
        assertThat(confirmation.get(0).to()).isEqualTo("victim@example.org");
        assertThat(confirmation.get(0).text())
                .as("only Vigint's own words reach an address nobody confirmed")
                .doesNotContain("PRIZE")
                .doesNotContain("evil.example")
                .doesNotContain("Acme");
        Matcher link = LINK.matcher(confirmation.get(0).text());
        assertThat(link.find()).as(confirmation.get(0).text()).isTrue();
        String token = link.group(1);
        assertThat(token.length()).as("at least 128 random bits").isGreaterThanOrEqualTo(22);
        JsonNode me = json(send("GET", "api/v1/clients/me", null, "X-API-Key", key(acme)))
                .get("data");
        assertThat(me.get("email").asText()).isEqualTo("acme@example.com");
        assertThat(me.get("pending_email").asText()).isEqualTo("victim@example.org");

        HttpResponse<String> before = alert(acme);
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(json(before).get("recipient").asText()).isEqualTo("acme@example.com");
        assertThat(newMail(seen)).extracting(Mail::to).containsExactly("acme@example.com");

        HttpResponse<String> wrong = send("GET", "api/v1/clients/confirm-email?token=" + "A".repeat(43), null);
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(json(wrong).at("/error/code").asText()).isEqualTo("INVALID_CONFIRMATION_TOKEN");
        HttpResponse<String> confirmed = send("GET", "api/v1/clients/confirm-email?token=" + token, null);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(json(confirmed).at("/data/email").asText()).isEqualTo("victim@example.org");
        assertThat(confirmed.body()).doesNotContain("Acme").doesNotContain("PRIZE");
        assertThat(confirmed.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        HttpResponse<String> again = send("GET", "api/v1/clients/confirm-email?token=" + token, null);
        assertThat(again.statusCode()).as("a link works once").isEqualTo(400);

        me = json(send("GET", "api/v1/clients/me", null, "X-API-Key", key(acme)))
                .get("data");
        assertThat(me.get("email").asText()).isEqualTo("victim@example.org");
        assertThat(me.has("pending_email")).isFalse();
        HttpResponse<String> after = alert(acme);
        assertThat(json(after).get("recipient").asText()).isEqualTo("victim@example.org");
    }

    @Test
    void anUnconfirmedChangeIsNeverUsedAndAnOperatorChangeIsConfirmedAtOnce() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        List<Path> seen = new ArrayList<>();

        assertThat(send("PUT", "api/v1/clients/me", "{\"email\":\"victim@example.org\"}", "X-API-Key", key(acme))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> tooSoon =
                send("PUT", "api/v1/clients/me", "{\"email\":\"victim2@example.org\"}", "X-API-Key", key(acme));
        assertThat(tooSoon.statusCode())
                .as("one link a minute: no mail bombing")
                .isEqualTo(429);
        assertThat(newMail(seen)).extracting(Mail::to).containsExactly("victim@example.org");

        served.injector()
                .getInstance(UpdateClientUseCase.class)
                .updateClient(new UpdateClientCommand(acme.client().id(), null, "ops@acme.example", null));

        JsonNode me = json(send("GET", "api/v1/clients/me", null, "X-API-Key", key(acme)))
                .get("data");
        assertThat(me.get("email").asText()).isEqualTo("ops@acme.example");
        assertThat(json(alert(acme)).get("recipient").asText()).isEqualTo("ops@acme.example");
        assertThat(newMail(seen)).extracting(Mail::to).containsExactly("ops@acme.example");
    }

    @Test
    void failedLoginsFromOneAddressThrottleOnlyTheAttackedUsername() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        CreatedClient beta = served.createClient("Beta");
        LoginUseCase logins = served.injector().getInstance(LoginUseCase.class);
        logins.setLogin(new SetLoginCommand(acme.client().id(), "victim", PASSWORD.toCharArray()));
        logins.setLogin(new SetLoginCommand(beta.client().id(), "colleague", PASSWORD.toCharArray()));
        String operatorKey = served.injector()
                .getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("ops")
                .plainText();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(login("victim", "wrong-password-" + i).statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        HttpResponse<String> throttled = login("victim", PASSWORD);
        assertThat(throttled.statusCode()).as("the attacked username waits").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> token = login("colleague", PASSWORD);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = json(token).get("access_token").asText();
        assertThat(send("GET", "api/v1/clients/me", null, "Authorization", "Bearer " + accessToken)
                        .statusCode())
                .isEqualTo(200);
        String freshKey = served.injector()
                .getInstance(IssueApiKeyUseCase.class)
                .issueApiKey(new IssueApiKeyCommand(beta.client().id(), "fresh", null))
                .plainText();
        assertThat(send("GET", "api/v1/clients/me", null, "X-API-Key", freshKey).statusCode())
                .as("a valid key never seen before")
                .isEqualTo(200);
        assertThat(send("GET", "admin/v1/clients", null, "X-Admin-Key", operatorKey)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void guessedKeysSlowTheGuesserButNeverRefuseAValidCredential() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient beta = served.createClient("Beta");
        served.injector()
                .getInstance(LoginUseCase.class)
                .setLogin(new SetLoginCommand(beta.client().id(), "colleague", PASSWORD.toCharArray()));
        String operatorKey = served.injector()
                .getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("ops")
                .plainText();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(send("GET", "api/v1/clients/me", null, "X-API-Key", "vgt_" + "G".repeat(41) + (10 + i))
                    .statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 25)).as("the guesser is throttled").containsOnly(429);
        assertThat(send("GET", "admin/v1/clients", null, "X-Admin-Key", "vgo_" + "G".repeat(43))
                        .statusCode())
                .isEqualTo(429);

        assertThat(send("GET", "api/v1/clients/me", null, "X-API-Key", key(beta))
                        .statusCode())
                .as("a valid key not yet cached")
                .isEqualTo(200);
        HttpResponse<String> token = login("colleague", PASSWORD);
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(send(
                                "GET",
                                "api/v1/clients/me",
                                null,
                                "Authorization",
                                "Bearer " + json(token).get("access_token").asText())
                        .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "admin/v1/clients", null, "X-Admin-Key", operatorKey)
                        .statusCode())
                .isEqualTo(200);
    }
}
