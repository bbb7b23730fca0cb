package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.vigint.cli.ServedVigint;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingPeriod;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.RunInvoicesCommand;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.persistence.DatabaseSettings;
import io.vigint.persistence.testing.PostgresTestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests at the edges of HTTP against a real {@code vigint serve} (issue 9, finding 11): malformed
 * {@code Accept}, {@code Content-Type} and {@code Content-Length} get the JSON error envelope, {@code q=0}
 * means "not acceptable", a lone UTF-16 surrogate is refused before anything is stored (H2 and
 * PostgreSQL), a name conflict names no other tenant, and answers carry the security headers.
 */
class HostileMalformedHeadersIT {
    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedVigint served;
    private DatabaseSettings postgres;

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
        if (postgres != null) {
            PostgresTestDatabase.dropSchema(postgres);
        }
    }

    private URI uri() {
        return served.server().uri();
    }

    private static String key(CreatedClient client) {
        return "X-API-Key: " + client.apiKey().plainText();
    }

    private static void assertEnvelope(RawHttp.Answer answer, int status, String code) throws Exception {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/json");
        JsonNode json = answer.json();
        assertThat(json.at("/status").asText()).isEqualTo("error");
        assertThat(json.at("/error/code").asText()).as(answer.toString()).isEqualTo(code);
        assertThat(json.at("/error/message").asText()).isNotBlank();
    }

    @Test
    void malformedAcceptContentTypeAndContentLengthGetTheEnvelope() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");

        for (String accept :
                List.of("Accept: application/json;q=abc", "Accept: /", "Accept: text/html;;q", "Accept: ,;=")) {
            RawHttp.Answer answer = RawHttp.send(uri(), "GET", "/api/v1/clients/me", List.of(key(acme), accept), null);
            assertEnvelope(answer, 400, "MALFORMED_REQUEST");
        }
        String body = "{\"description\":\"x\"}";
        for (String type : List.of("Content-Type: application/json;charset", "Content-Type: /", "Content-Type: ;;")) {
            RawHttp.Answer answer = RawHttp.send(
                    uri(),
                    "PUT",
                    "/api/v1/clients/me",
                    List.of(key(acme), type, "Content-Length: " + body.length()),
                    body);
            assertEnvelope(answer, 400, "MALFORMED_REQUEST");
        }
        RawHttp.Answer negative = RawHttp.send(
                uri(),
                "PUT",
                "/api/v1/clients/me",
                List.of(key(acme), "Content-Type: application/json", "Content-Length: -1"),
                body);
        assertEnvelope(negative, 400, "MALFORMED_REQUEST");
    }

    @Test
    void qZeroMeansNotAcceptable() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        String number = invoiceFor(acme);

        RawHttp.Answer pdf = RawHttp.send(
                uri(), "GET", "/api/v1/invoices/" + number, List.of(key(acme), "Accept: application/pdf;q=0"), null);
        assertEnvelope(pdf, 406, "NOT_ACCEPTABLE");

        RawHttp.Answer json = RawHttp.send(
                uri(), "GET", "/api/v1/clients/me", List.of(key(acme), "Accept: application/json;q=0"), null);
        assertEnvelope(json, 406, "NOT_ACCEPTABLE");

        RawHttp.Answer everythingButPdf = RawHttp.send(
                uri(),
                "GET",
                "/api/v1/invoices/" + number,
                List.of(key(acme), "Accept: application/pdf;q=0, text/csv"),
                null);
        assertThat(everythingButPdf.status()).as(everythingButPdf.toString()).isEqualTo(200);
        assertThat(everythingButPdf.header("Content-Type")).startsWith("text/csv");

        RawHttp.Answer anyButPdf = RawHttp.send(
                uri(),
                "GET",
                "/api/v1/invoices/" + number,
                List.of(key(acme), "Accept: */*, application/pdf;q=0"),
                null);
        assertThat(anyButPdf.status()).as(anyButPdf.toString()).isEqualTo(200);
        assertThat(anyButPdf.header("Content-Type")).doesNotStartWith("application/pdf");

        RawHttp.Answer stillPdf = RawHttp.send(
                uri(), "GET", "/api/v1/invoices/" + number, List.of(key(acme), "Accept: application/pdf"), null);
        assertThat(stillPdf.status()).isEqualTo(200);
        assertThat(stillPdf.header("Content-Type")).startsWith("application/pdf");
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        refusesLoneSurrogates(served.createClient("Acme"));
    }

    @Test
    void aLoneSurrogateIsRefusedOnPostgresqlToo() throws Exception {
        postgres = PostgresTestDatabase.createSchema();
        served = ServedVigint.start(cwd, postgres.url(), Map.of());
        refusesLoneSurrogates(served.createClient("Acme"));
    }

    private void refusesLoneSurrogates(CreatedClient acme) throws Exception {
        for (String body : List.of(
                "{\"description\":\"before \\ud800 after\"}",
                "{\"description\":\"\\udc00\"}",
                "{\"name\":\"x\\ud83d\"}")) {
            HttpResponse<String> put = send(acme, "PUT", "api/v1/clients/me", body);
            assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
            JsonNode error = ServedVigint.JSON.readTree(put.body()).get("error");
            assertThat(error.get("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(error.at("/details/field").asText()).isIn("description", "name");
        }
        JsonNode me = ServedVigint.JSON
                .readTree(send(acme, "GET", "api/v1/clients/me", null).body())
                .get("data");
        assertThat(me.get("name").asText()).isEqualTo("Acme");
        assertThat(me.get("description").isNull()).as(me.toString()).isTrue();

        HttpResponse<String> pair = send(acme, "PUT", "api/v1/clients/me", "{\"description\":\"cam \\ud83d\\udcf7\"}");
        assertThat(pair.statusCode())
                .as("a proper surrogate pair is fine: " + pair.body())
                .isEqualTo(200);
        JsonNode stored = ServedVigint.JSON
                .readTree(send(acme, "GET", "api/v1/clients/me", null).body())
                .get("data");
        assertThat(stored.get("description").asText()).isEqualTo("cam \uD83D\uDCF7");
    }

    @Test
    void aNameConflictNamesNoOtherTenant() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        served.createClient("Acme");
        CreatedClient beta = served.createClient("Beta");

        HttpResponse<String> taken = send(beta, "PUT", "api/v1/clients/me", "{\"name\":\"ACME\"}");
        assertThat(taken.statusCode()).isEqualTo(409);
        JsonNode error = ServedVigint.JSON.readTree(taken.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("DUPLICATE_CLIENT_NAME");
        assertThat(error.get("details").get("field").asText()).isEqualTo("name");
        assertThat(taken.body().toLowerCase()).doesNotContain("acme").doesNotContain("/*");
    }

    @Test
    void answersCarryTheSecurityHeaders() throws Exception {
        served = ServedVigint.start(cwd, null, Map.of());
        CreatedClient acme = served.createClient("Acme");
        String number = invoiceFor(acme);

        HttpResponse<String> html = http.send(
                HttpRequest.newBuilder(uri().resolve("api/v1/invoices/" + number))
                        .header("X-API-Key", acme.apiKey().plainText())
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(html.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));

        HttpResponse<String> me = send(acme, "GET", "api/v1/clients/me", null);
        assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<String> notFound = send(acme, "GET", "api/v1/nothing-here", null);
        assertThat(notFound.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> newKey = send(acme, "POST", "api/v1/keys", "{\"name\":\"second\"}");
        assertThat(newKey.statusCode()).as(newKey.body()).isEqualTo(201);
        assertThat(newKey.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(newKey.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    /** Makes {@code client} a charged analysis and runs this month's invoices; its invoice number. */
    private String invoiceFor(CreatedClient client) throws Exception {
        Instant start = Instant.now().minusSeconds(3);
        served.bufferBatch(client, "yard", SyntheticScenes.moving(6, 30, 10, FrameFormat.JPEG, start, 1));
        HttpResponse<String> analyzed = served.post(client, "api/video/analyze", "{\"source_id\":\"yard\"}");
        assertThat(analyzed.statusCode()).as(analyzed.body()).isEqualTo(200);
        BillingPeriod period = BillingPeriod.containing(BillingFrequency.MONTHLY, Instant.now());
        served.injector()
                .getInstance(InvoicingUseCase.class)
                .runInvoices(new RunInvoicesCommand(Optional.of(period), false));
        HttpResponse<String> list = send(client, "GET", "api/v1/invoices", null);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return ServedVigint.JSON.readTree(list.body()).at("/data/0/number").asText();
    }

    private HttpResponse<String> send(CreatedClient client, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri().resolve(path))
                .header("X-API-Key", client.apiKey().plainText());
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
