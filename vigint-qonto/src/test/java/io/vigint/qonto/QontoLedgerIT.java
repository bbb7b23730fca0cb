package io.vigint.qonto;

import static io.vigint.qonto.QontoTestInvoices.IBAN;
import static io.vigint.qonto.QontoTestInvoices.SECRET;
import static io.vigint.qonto.QontoTestInvoices.SLUG;
import static io.vigint.qonto.QontoTestInvoices.addressed;
import static io.vigint.qonto.QontoTestInvoices.invoice;
import static io.vigint.qonto.QontoTestInvoices.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.accounting.AccountingInvoice;
import io.vigint.core.accounting.ExportResult;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link QontoLedger} against {@link FakeQonto}, a real HTTP server on a free port. */
class QontoLedgerIT {
    private static final String KEY = "6f1c1d2e-0b7a-3c44-9a55-0d7e8f9a0b1c";

    private FakeQonto qonto;
    private QontoLedger ledger;

    @BeforeEach
    void start() {
        qonto = new FakeQonto(SLUG, SECRET);
        ledger = new QontoLedger(settings(qonto.baseUrl()));
    }

    @AfterEach
    void stop() {
        qonto.close();
    }

    @Test
    void createsTheClientThenTheInvoiceWithTheDocumentedShapes() {
        ExportResult result = ledger.export(invoice("VIGINT-2026-0001", addressed()), KEY);

        assertThat(qonto.invoices()).hasSize(1);
        String id = qonto.invoices().get(0).path("id").asText();
        assertThat(result).isEqualTo(new ExportResult.Exported(id));
        assertThat(qonto.requests)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(SLUG + ":" + SECRET));
        assertThat(qonto.requests)
                .extracting(r -> r.method() + " " + r.path())
                .containsExactly(
                        "GET /v2/client_invoices", "GET /v2/clients", "POST /v2/clients", "POST /v2/client_invoices");
        assertThat(qonto.requests.get(1).query()).isEqualTo("filter%5Bvat_number%5D=FR40303265045");

        JsonNode client = qonto.requests("POST", "/v2/clients").get(0).json();
        assertThat(client.path("kind").asText()).isEqualTo("company");
        assertThat(client.path("name").asText()).isEqualTo("Acme Surveillance SARL");
        assertThat(client.path("email").asText()).isEqualTo("billing@acme.example");
        assertThat(client.path("vat_number").asText()).isEqualTo("FR40303265045");
        assertThat(client.path("currency").asText()).isEqualTo("EUR");
        assertThat(client.path("locale").asText()).isEqualTo("fr");
        assertThat(client.path("billing_address").path("street_address").asText())
                .isEqualTo("12 rue de la Paix, Bâtiment B");
        assertThat(client.path("billing_address").path("zip_code").asText()).isEqualTo("75002");
        assertThat(client.path("billing_address").path("city").asText()).isEqualTo("Paris");
        assertThat(client.path("billing_address").path("country_code").asText()).isEqualTo("FR");

        FakeQonto.Received post = qonto.requests("POST", "/v2/client_invoices").get(0);
        assertThat(post.header("X-Qonto-Idempotency-Key")).isEqualTo(KEY);
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(qonto.requests("POST", "/v2/clients").get(0).header("X-Qonto-Idempotency-Key"))
                .isNotBlank()
                .isNotEqualTo(KEY);
        JsonNode body = post.json();
        assertThat(body.path("client_id").asText())
                .isEqualTo(qonto.clients().get(0).path("id").asText());
        assertThat(body.path("number").asText()).isEqualTo("VIGINT-2026-0001");
        assertThat(body.path("currency").asText()).isEqualTo("EUR");
        assertThat(body.path("payment_methods").path("iban").asText()).isEqualTo(IBAN);
        assertThat(body.path("issue_date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode first = body.path("items").get(0);
        assertThat(first.path("title").asText()).isEqualTo("POST /api/video/analyze");
        assertThat(first.path("quantity").asText()).isEqualTo("3");
        assertThat(first.path("unit_price").path("value").asText()).isEqualTo("0.05");
        assertThat(first.path("unit_price").path("currency").asText()).isEqualTo("EUR");
        assertThat(first.path("vat_rate").asText()).isEqualTo("0.21");
        JsonNode subCent = body.path("items").get(1);
        assertThat(subCent.path("quantity").asText()).isEqualTo("1");
        assertThat(subCent.path("unit_price").path("value").asText()).isEqualTo("0.12");
        assertThat(subCent.path("title").asText()).isEqualTo("video processing (1 x 0.123456)");
    }

    @Test
    void anExistingClientIsReusedAndFoundByEmailWithoutVatNumber() throws Exception {
        String existing = qonto.addClient((com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper()
                .readTree("{\"kind\":\"company\",\"name\":\"Acme\",\"email\":\"billing@acme.example\","
                        + "\"billing_address\":{\"country_code\":\"FR\"}}"));
        AccountingInvoice.Customer noVat = new AccountingInvoice.Customer(
                "Acme",
                "billing@acme.example",
                java.util.List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.of("FR"),
                Optional.empty());

        assertThat(ledger.export(invoice("VIGINT-2026-0002", noVat), KEY)).isInstanceOf(ExportResult.Exported.class);

        assertThat(qonto.requests("GET", "/v2/clients").get(0).query())
                .isEqualTo("filter%5Bemail%5D=billing%40acme.example");
        assertThat(qonto.requests("POST", "/v2/clients")).isEmpty();
        assertThat(qonto.invoices().get(0).path("client_id").asText()).isEqualTo(existing);
    }

    @Test
    void theSameKeyTwiceReturnsTheFirstInvoiceAndCreatesOnce() {
        qonto.loseAnswer("POST", "/v2/client_invoices");
        ExportResult lost = ledger.export(invoice("VIGINT-2026-0003", addressed()), KEY);
        assertThat(lost).isInstanceOf(ExportResult.RetryLater.class);
        assertThat(((ExportResult.RetryLater) lost).reason()).contains("POST /v2/client_invoices: HTTP 500");
        assertThat(qonto.invoices()).hasSize(1);

        ExportResult retried = ledger.export(invoice("VIGINT-2026-0003", addressed()), KEY);

        assertThat(retried)
                .isEqualTo(new ExportResult.Exported(
                        qonto.invoices().get(0).path("id").asText()));
        assertThat(qonto.invoices()).hasSize(1);
        assertThat(qonto.clients()).hasSize(1);
    }

    @Test
    void twoServersExportingAtOnceCreateOneInvoiceThroughTheIdempotencyKey() throws Exception {
        ledger.export(invoice("VIGINT-2026-0010", addressed()), KEY + "-warm-up");
        qonto.stall("POST", "/v2/client_invoices", 1_200);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<ExportResult> slow =
                    pool.submit(() -> ledger.export(invoice("VIGINT-2026-0011", addressed()), KEY));
            while (qonto.requests("POST", "/v2/client_invoices").size() < 2) {
                Thread.sleep(10);
            }
            ExportResult fast = ledger.export(invoice("VIGINT-2026-0011", addressed()), KEY);

            assertThat(slow.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(fast);
        } finally {
            pool.shutdownNow();
        }
        assertThat(qonto.invoices())
                .extracting(i -> i.path("number").asText())
                .containsExactly("VIGINT-2026-0010", "VIGINT-2026-0011");
        assertThat(qonto.requests("POST", "/v2/client_invoices"))
                .extracting(r -> r.header("X-Qonto-Idempotency-Key"))
                .containsExactly(KEY + "-warm-up", KEY, KEY);
    }

    @Test
    void theFakeAnswersTheSameKeyTwiceWithTheFirstResultAndCreatesOnce() throws Exception {
        String clientId = qonto.addClient((com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree("{\"kind\":\"company\",\"name\":\"Acme\",\"address\":\"1 rue\"}"));
        String body = QontoLedger.invoiceBody(invoice("VIGINT-2026-0012", addressed()), clientId, IBAN)
                .toString();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(
                            qonto.baseUrl().resolve("/v2/client_invoices"))
                    .header("Authorization", SLUG + ":" + SECRET)
                    .header("Content-Type", "application/json")
                    .header("X-Qonto-Idempotency-Key", KEY)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            i == 0 ? body : body.replace("0012", "0013")))
                    .build();
            java.net.http.HttpResponse<String> answer =
                    http.send(post, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            answers.add(answer.body());
        }
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(qonto.invoices())
                .singleElement()
                .satisfies(i -> assertThat(i.path("number").asText()).isEqualTo("VIGINT-2026-0012"));
    }

    @Test
    void pastTheIdempotencyWindowTheInvoiceIsFoundByItsNumber() {
        ExportResult first = ledger.export(invoice("VIGINT-2026-0004", addressed()), KEY);
        qonto.expireIdempotencyKeys();
        int postsBefore = qonto.requests("POST", "/v2/client_invoices").size();

        ExportResult again = ledger.export(invoice("VIGINT-2026-0004", addressed()), KEY);

        assertThat(again).isEqualTo(first);
        assertThat(qonto.invoices()).hasSize(1);
        assertThat(qonto.requests("POST", "/v2/client_invoices")).hasSize(postsBefore);
    }

    @Test
    void aValidationErrorIsARefusalWithQontosDetails() {
        AccountingInvoice.Customer noAddress = AccountingInvoice.Customer.named("Acme", "billing@acme.example");

        ExportResult result = ledger.export(invoice("VIGINT-2026-0005", noAddress), KEY);

        assertThat(result).isInstanceOf(ExportResult.Rejected.class);
        assertThat(((ExportResult.Rejected) result).reason())
                .isEqualTo("Qonto POST /v2/client_invoices: HTTP 422: /data/attributes/client/billing_address: "
                        + "the client's address is required for invoicing");
        assertThat(qonto.invoices()).isEmpty();
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedWithRetryAfter() {
        qonto.fail("GET", "/v2/client_invoices", 429, "17", 1);
        ExportResult limited = ledger.export(invoice("VIGINT-2026-0006", addressed()), KEY);
        assertThat(limited)
                .isEqualTo(new ExportResult.RetryLater(
                        "Qonto GET /v2/client_invoices: HTTP 429: Something went wrong",
                        Optional.of(Duration.ofSeconds(17))));

        qonto.fail("POST", "/v2/client_invoices", 503, null, 1);
        ExportResult unavailable = ledger.export(invoice("VIGINT-2026-0006", addressed()), KEY);
        assertThat(unavailable).isInstanceOf(ExportResult.RetryLater.class);
        assertThat(((ExportResult.RetryLater) unavailable).retryAfter()).isEmpty();
        assertThat(qonto.invoices()).isEmpty();
    }

    @Test
    void aTimeOutIsRetried() {
        qonto.stall("GET", "/v2/client_invoices", 3_500);
        ExportResult result = ledger.export(invoice("VIGINT-2026-0007", addressed()), KEY);
        assertThat(result).isInstanceOf(ExportResult.RetryLater.class);
        assertThat(((ExportResult.RetryLater) result).reason())
                .isEqualTo("Qonto GET /v2/client_invoices: timed out after PT2S");
    }

    @Test
    void wrongCredentialsAreARefusalThatNeverShowsTheSecret() {
        QontoLedger wrong = new QontoLedger(
                new QontoSettings(qonto.baseUrl(), SLUG, SECRET + "-revoked", IBAN, "fr", Duration.ofSeconds(2)));
        ExportResult result = wrong.export(invoice("VIGINT-2026-0008", addressed()), KEY);
        assertThat(result)
                .isEqualTo(new ExportResult.Rejected("Qonto GET /v2/client_invoices: HTTP 401: Invalid credentials"));
        assertThat(result.toString()).doesNotContain(SECRET);
    }

    @Test
    void creditNotesAndOtherCurrenciesAreRefusedWithoutACall() {
        AccountingInvoice usd = new AccountingInvoice(
                "VIGINT-2026-0009",
                AccountingInvoice.Kind.INVOICE,
                Optional.empty(),
                java.time.LocalDate.now(),
                java.time.LocalDate.now(),
                java.util.Currency.getInstance("USD"),
                addressed(),
                invoice("VIGINT-2026-0009", addressed()).lines(),
                io.vigint.core.money.Money.of("1", "USD"),
                io.vigint.core.money.Money.of("0", "USD"),
                io.vigint.core.money.Money.of("1", "USD"));
        assertThat(ledger.export(usd, KEY)).isInstanceOf(ExportResult.Rejected.class);
        assertThat(qonto.requests).isEmpty();
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        assertThat(QontoLedger.parseRetryAfter("120")).contains(Duration.ofMinutes(2));
        assertThat(QontoLedger.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(QontoLedger.parseRetryAfter("soon")).isEmpty();
    }
}
