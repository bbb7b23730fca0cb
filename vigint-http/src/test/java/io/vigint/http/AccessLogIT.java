package io.vigint.http;

import static io.vigint.http.testing.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import io.vigint.core.client.CreatedClient;
import io.vigint.http.logging.RequestIdFilter;
import io.vigint.http.testing.LogCapture;
import io.vigint.http.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccessLogIT {
    private final TestServer server = TestServer.start();
    private final LogCapture logs = LogCapture.start();

    @AfterEach
    void stop() {
        logs.close();
        server.close();
    }

    private List<String> accessLines() {
        return logs.events(RequestIdFilter.ACCESS_LOGGER).stream()
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void eachRequestGetsOneLineWithMethodPathStatusDurationClientAndRequestId() {
        CreatedClient acme = server.createClient("Acme");

        var response = server.get(
                "/api/v1/clients/me?page=2", "X-API-Key", acme.apiKey().plainText(), "X-Request-Id", "req-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(accessLines())
                .singleElement()
                .asString()
                .matches("method=GET path=/api/v1/clients/me status=200 duration_ms=\\d+ client="
                        + acme.client().id() + " request_id=req-1");
    }

    @Test
    void refusedAndUnknownRequestsAreLoggedToo() {
        server.get("/nope");
        server.get("/admin/v1/clients", "X-Admin-Key", server.operatorKey);

        assertThat(accessLines()).hasSize(2);
        assertThat(accessLines().get(0)).contains("path=/nope status=404").contains("client=-");
        assertThat(accessLines().get(1)).contains("status=200").contains("client=operator:1");
    }

    @Test
    void noLogLineEverContainsAKeyATokenOrAPassword() {
        List<String> secrets = new ArrayList<>();
        secrets.add(server.operatorKey);
        String password = "correct horse battery staple";
        secrets.add(password);
        secrets.add("correct+horse+battery+staple");

        var created = json(server.postJson(
                "/api/v1/clients/",
                "{\"name\":\"Acme\",\"email\":\"acme@example.com\"}",
                "X-Admin-Key",
                server.operatorKey));
        String key = created.at("/data/api_key").asText();
        secrets.add(key);
        server.setLogin(
                new io.vigint.core.client.ClientId(created.at("/data/id").asLong()), "acme", password);

        server.get("/api/health", "X-API-Key", key);
        server.get("/api/v1/clients/me", "Authorization", "Bearer " + key);
        server.get("/api/v1/clients/me?api_key=" + key);
        server.get("/api/v1/keys/" + key, "X-API-Key", key);
        server.postForm("/auth/token", "username=acme&password=wrong+" + "correct+horse+battery+staple");
        String token = json(server.postForm("/auth/token", "username=acme&password=correct+horse+battery+staple"))
                .get("access_token")
                .asText();
        secrets.add(token);
        server.get("/api/v1/clients/me", "Authorization", "Bearer " + token);
        server.get("/api/v1/clients/me", "Authorization", "Bearer " + token + "tampered");
        String rotated = json(server.postJson(
                        "/api/v1/clients/regenerate-key", "{\"grace_period\":\"1h\"}", "X-API-Key", key))
                .at("/data/api_key")
                .asText();
        secrets.add(rotated);
        String issued = json(server.postEmpty("/api/v1/keys", "X-API-Key", rotated))
                .at("/data/api_key")
                .asText();
        secrets.add(issued);
        server.get("/admin/v1/clients", "X-Admin-Key", server.operatorKey);
        server.get("/admin/v1/clients", "X-Admin-Key", server.operatorKey + "x");

        String everything = logs.everything();
        assertThat(accessLines()).hasSizeGreaterThanOrEqualTo(13);
        for (String secret : secrets) {
            assertThat(everything).doesNotContain(secret);
        }
        assertThat(everything).contains("path=/api/v1/keys/vgt_***");
        assertThat(everything).doesNotContain("api_key=");
    }
}
