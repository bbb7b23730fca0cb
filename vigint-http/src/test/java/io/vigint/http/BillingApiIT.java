package io.vigint.http;

import static io.vigint.http.testing.JsonFixtures.assertMatchesFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import io.vigint.core.billing.BillingFrequency;
import io.vigint.core.billing.BillingProfileService;
import io.vigint.core.billing.BillingProfileUseCase;
import io.vigint.core.billing.BillingSettings;
import io.vigint.core.billing.InvoiceParty;
import io.vigint.core.billing.InvoicingService;
import io.vigint.core.billing.InvoicingUseCase;
import io.vigint.core.billing.PaymentDetailsService;
import io.vigint.core.billing.PaymentDetailsUseCase;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.ReversibleTestCipher;
import io.vigint.http.billing.BillingHttpModule;
import io.vigint.http.testing.TestServer;
import io.vigint.memory.InMemoryBilling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The billing endpoints on a real server: the client's invoices and the operator's billing API. */
class BillingApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The defaults (21%, net prices, 30 days) with a Belgian seller, so reverse charge can be tried. */
    private static final BillingSettings SETTINGS = new BillingSettings(
            new BigDecimal("0.21"),
            Currency.getInstance("EUR"),
            BillingFrequency.MONTHLY,
            500,
            new InvoiceParty("Vigint SRL", List.of("Rue de la Loi 16", "1000 Brussels"), "BE", "BE0403019261"),
            Map.of("FR", new BigDecimal("0.20")),
            false,
            30);

    private TestServer server;
    private InMemoryBilling billing;
    private final java.util.List<String> sentCreditNotes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private String acmeKey;
    private String betaKey;
    private ClientId acme;
    private ClientId beta;

    @BeforeEach
    void start() {
        // The server's own storage exists only once it starts; the billing store reaches its clients through this.
        ClientStore clients = (ClientStore) Proxy.newProxyInstance(
                ClientStore.class.getClassLoader(), new Class<?>[] {ClientStore.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        // equals, hashCode, toString: the proxy's own identity, never the server's storage (it
                        // may not exist yet: services and record resources hash their ports when registered)
                        return switch (method.getName()) {
                            case "equals" -> proxy == args[0];
                            case "hashCode" -> System.identityHashCode(proxy);
                            default -> "ClientStore of the test server";
                        };
                    }
                    try {
                        return method.invoke(server.storage, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        billing = new InMemoryBilling(clients);
        server = TestServer.start(HttpSettings.defaults(), new AbstractModule() {
            @Override
            protected void configure() {
                install(new BillingHttpModule());
            }

            @com.google.inject.Provides
            InvoicingUseCase invoicing(java.time.Clock clock) {
                return new InvoicingService(billing, billing, billing, transactions(), SETTINGS, clock);
            }

            @com.google.inject.Provides
            io.vigint.core.billing.InvoiceFollowUpUseCase followUp(
                    java.time.Clock clock, io.vigint.core.billing.CreditNoteDocuments creditNotes) {
                return new io.vigint.core.billing.InvoiceFollowUpService(
                        billing,
                        billing,
                        transactions(),
                        io.vigint.core.billing.FollowUpSettings.DEFAULTS,
                        creditNotes,
                        (balance, dueAt, afterDays) -> {},
                        clock);
            }

            /** Names what was asked for and keeps what was sent: real rendering is vigint-billing's. */
            @com.google.inject.Provides
            io.vigint.core.billing.CreditNoteDocuments creditNoteDocuments() {
                return new io.vigint.core.billing.CreditNoteDocuments() {
                    @Override
                    public byte[] render(
                            io.vigint.core.billing.CreditNote note, io.vigint.core.billing.InvoiceFormat format) {
                        return (format.extension() + " of " + note.number())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }

                    @Override
                    public void send(io.vigint.core.billing.CreditNote note) {
                        sentCreditNotes.add(note.number().toString());
                    }
                };
            }

            @com.google.inject.Provides
            BillingProfileUseCase billingProfiles(java.time.Clock clock) {
                return new BillingProfileService(clients, billing, SETTINGS, transactions(), clock);
            }

            /** Names what was asked for: real rendering is vigint-billing's, proven end to end in vigint-cli. */
            @com.google.inject.Provides
            io.vigint.core.billing.InvoiceDocuments documents() {
                return new io.vigint.core.billing.InvoiceDocuments() {
                    @Override
                    public byte[] render(
                            io.vigint.core.billing.Invoice invoice, io.vigint.core.billing.InvoiceFormat format) {
                        return (format.extension() + " of " + invoice.number().orElseThrow())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    }

                    @Override
                    public void send(io.vigint.core.billing.Invoice invoice) {
                        throw new UnsupportedOperationException("not sent by the HTTP adapter");
                    }
                };
            }

            @com.google.inject.Provides
            PaymentDetailsUseCase paymentDetails(java.time.Clock clock) {
                return new PaymentDetailsService(clients, billing, new ReversibleTestCipher(), transactions(), clock);
            }
        });
        var a = server.createClient("Acme");
        var b = server.createClient("Beta");
        acme = a.client().id();
        beta = b.client().id();
        acmeKey = a.apiKey().plainText();
        betaKey = b.apiKey().plainText();
    }

    /** The server's in-memory transactions. */
    private io.vigint.core.port.TransactionRunner transactions() {
        return new io.vigint.core.port.TransactionRunner() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return server.storage.inTransaction(work);
            }
        };
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String[] admin() {
        return new String[] {"X-Admin-Key", server.operatorKey};
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void usage(ClientId client, String endpoint, String cost, String at) {
        billing.recordUsage(client, endpoint, new BigDecimal(cost), Currency.getInstance("EUR"), Instant.parse(at));
    }

    private void invoiceDecember() {
        usage(acme, "/api/video/analyze", "0.05", "2025-12-03T10:00:00Z");
        usage(acme, "/api/video/analyze", "0.05", "2025-12-04T10:00:00Z");
        usage(acme, "/api/alert", "0.10", "2025-12-31T23:59:59Z");
        usage(beta, "/api/alert", "0.10", "2025-12-10T00:00:00Z");
        HttpResponse<String> run = server.postJson("/admin/v1/invoices/run", "{\"period\": \"2025-12\"}", admin());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    }

    @Test
    void operatorSetsPaymentDetailsAndSeesThemMasked() {
        HttpResponse<String> set = server.putJson(
                "/admin/v1/clients/" + acme.value() + "/payment-details",
                "{\"method\": \"direct_debit\", \"frequency\": \"monthly\", \"auto_pay\": true,"
                        + " \"iban\": \"NL91 ABNA 0417 1643 00\", \"bic\": \"ABNANL2A\"}",
                admin());
        HttpResponse<String> get = server.get("/admin/v1/clients/" + acme.value() + "/payment-details", admin());

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertMatchesFixture("admin-payment-details-set", set.body());
        assertMatchesFixture("admin-payment-details", get.body());
        assertThat(set.body() + get.body()).doesNotContain("NL91ABNA0417164300").doesNotContain("0417 1643");
    }

    @Test
    void badPaymentDetailsAreRefusedWithTheReason() {
        HttpResponse<String> badIban = server.putJson(
                "/admin/v1/clients/" + acme.value() + "/payment-details",
                "{\"method\": \"direct_debit\", \"frequency\": \"monthly\", \"iban\": \"NL91ABNA0417164301\"}",
                admin());
        HttpResponse<String> noDetails = server.get("/admin/v1/clients/" + beta.value() + "/payment-details", admin());
        HttpResponse<String> unknownClient = server.putJson(
                "/admin/v1/clients/999/payment-details",
                "{\"method\": \"bank_transfer\", \"frequency\": \"weekly\"}",
                admin());
        HttpResponse<String> asClient =
                server.get("/admin/v1/clients/" + acme.value() + "/payment-details", "X-API-Key", acmeKey);

        assertThat(badIban.statusCode()).isEqualTo(400);
        assertMatchesFixture("error-invalid-iban", badIban.body());
        assertThat(noDetails.statusCode()).isEqualTo(404);
        assertThat(json(noDetails).at("/error/code").asText()).isEqualTo("PAYMENT_DETAILS_NOT_FOUND");
        assertThat(unknownClient.statusCode()).isEqualTo(404);
        assertThat(json(unknownClient).at("/error/code").asText()).isEqualTo("CLIENT_NOT_FOUND");
        assertThat(asClient.statusCode()).isEqualTo(401);
    }

    @Test
    void operatorSetsABillingProfileAndTheClientReadsIt() {
        String path = "/admin/v1/clients/" + acme.value() + "/billing-profile";
        HttpResponse<String> set = server.putJson(
                path,
                "{\"legal_name\": \"Acme France SAS\", \"address\": [\"1 rue de Rivoli\", \"75001 Paris\"],"
                        + " \"country\": \"fr\", \"vat_id\": \"FR 40 303 265 045\","
                        + " \"tax_treatment\": \"reverse_charge\", \"prices_include_vat\": true}",
                admin());
        HttpResponse<String> get = server.get(path, admin());
        HttpResponse<String> mine = server.get("/api/v1/clients/me/billing-profile", "X-API-Key", acmeKey);
        HttpResponse<String> betaHasNone = server.get("/api/v1/clients/me/billing-profile", "X-API-Key", betaKey);

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertMatchesFixture("admin-billing-profile-set", set.body());
        assertMatchesFixture("admin-billing-profile", get.body());
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertMatchesFixture("admin-billing-profile", mine.body());
        assertThat(betaHasNone.statusCode()).isEqualTo(404);
        assertThat(json(betaHasNone).at("/error/code").asText()).isEqualTo("BILLING_PROFILE_NOT_FOUND");
    }

    @Test
    void badBillingProfilesAreRefusedNamingTheFieldAndChangeNothing() {
        String path = "/admin/v1/clients/" + acme.value() + "/billing-profile";
        HttpResponse<String> sameCountry = server.putJson(
                path,
                "{\"legal_name\": \"Acme SA\", \"country\": \"BE\", \"vat_id\": \"BE0403019261\","
                        + " \"tax_treatment\": \"reverse_charge\"}",
                admin());
        HttpResponse<String> noVatId = server.putJson(
                path,
                "{\"legal_name\": \"Acme\", \"country\": \"FR\", \"tax_treatment\": \"reverse_charge\"}",
                admin());
        HttpResponse<String> badVatId = server.putJson(
                path,
                "{\"legal_name\": \"Acme\", \"country\": \"FR\", \"vat_id\": \"FR1\", \"tax_treatment\": \"domestic\"}",
                admin());
        HttpResponse<String> euOutside = server.putJson(
                path, "{\"legal_name\": \"Acme\", \"country\": \"DE\", \"tax_treatment\": \"outside_eu\"}", admin());
        HttpResponse<String> badTreatment = server.putJson(
                path, "{\"legal_name\": \"Acme\", \"country\": \"DE\", \"tax_treatment\": \"zero\"}", admin());
        HttpResponse<String> noCountry =
                server.putJson(path, "{\"legal_name\": \"Acme\", \"tax_treatment\": \"domestic\"}", admin());
        HttpResponse<String> unknownClient = server.putJson(
                "/admin/v1/clients/999/billing-profile",
                "{\"legal_name\": \"Acme\", \"country\": \"BE\", \"tax_treatment\": \"domestic\"}",
                admin());
        HttpResponse<String> asClient = server.putJson(
                path,
                "{\"legal_name\": \"Acme\", \"country\": \"BE\", \"tax_treatment\": \"domestic\"}",
                "X-API-Key",
                acmeKey);

        assertThat(sameCountry.statusCode()).isEqualTo(400);
        assertMatchesFixture("error-billing-profile-country", sameCountry.body());
        assertThat(json(noVatId).at("/error/details/field").asText()).isEqualTo("vat_id");
        assertThat(badVatId.statusCode()).isEqualTo(400);
        assertThat(json(badVatId).at("/error/code").asText()).isEqualTo("INVALID_VAT_ID");
        assertThat(json(badVatId).at("/error/details/field").asText()).isEqualTo("vat_id");
        assertThat(json(euOutside).at("/error/details/field").asText()).isEqualTo("country");
        assertThat(json(badTreatment).at("/error/details/field").asText()).isEqualTo("tax_treatment");
        assertThat(json(noCountry).at("/error/details/field").asText()).isEqualTo("country");
        assertThat(unknownClient.statusCode()).isEqualTo(404);
        assertThat(json(unknownClient).at("/error/code").asText()).isEqualTo("CLIENT_NOT_FOUND");
        assertThat(asClient.statusCode()).isEqualTo(401);
        HttpResponse<String> none = server.get(path, admin());
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).at("/error/code").asText()).isEqualTo("BILLING_PROFILE_NOT_FOUND");
    }

    @Test
    void anInvoiceCarriesTheTermsOfTheClientsProfile() {
        server.putJson(
                "/admin/v1/clients/" + acme.value() + "/billing-profile",
                "{\"legal_name\": \"Acme France SAS\", \"address\": [\"1 rue de Rivoli\", \"75001 Paris\"],"
                        + " \"country\": \"FR\", \"vat_id\": \"FR40303265045\", \"tax_treatment\": \"reverse_charge\"}",
                admin());
        invoiceDecember();

        HttpResponse<String> list = server.get("/admin/v1/invoices?client_id=" + acme.value(), admin());
        JsonNode invoice = json(list).at("/data/0");

        assertThat(invoice.at("/tax_treatment").asText()).isEqualTo("reverse_charge");
        assertThat(invoice.at("/vat_rate").asText()).isEqualTo("0");
        assertThat(invoice.at("/vat").asText()).isEqualTo("0.00");
        assertThat(invoice.at("/total").asText()).isEqualTo("0.20");
        assertThat(invoice.at("/prices_include_vat").asBoolean()).isFalse();
        assertThat(invoice.at("/buyer/legal_name").asText()).isEqualTo("Acme France SAS");
        assertThat(invoice.at("/buyer/vat_id").asText()).isEqualTo("FR40303265045");
        assertThat(invoice.at("/seller/vat_id").asText()).isEqualTo("BE0403019261");
        assertThat(invoice.at("/supply_date").asText()).isEqualTo("2025-12-31");
        assertThat(invoice.at("/payment_terms_days").asInt()).isEqualTo(30);
    }

    @Test
    void operatorRunsInvoicingAndRerunningChangesNothing() {
        usage(acme, "/api/video/analyze", "0.05", "2025-12-03T10:00:00Z");
        usage(acme, "/api/video/analyze", "0.05", "2025-12-04T10:00:00Z");
        usage(acme, "/api/alert", "0.10", "2025-12-31T23:59:59Z");

        HttpResponse<String> dry =
                server.postJson("/admin/v1/invoices/run", "{\"period\": \"2025-12\", \"dry_run\": true}", admin());
        HttpResponse<String> run = server.postJson("/admin/v1/invoices/run", "{\"period\": \"2025-12\"}", admin());
        HttpResponse<String> again = server.postJson("/admin/v1/invoices/run", "{\"period\": \"2025-12\"}", admin());
        HttpResponse<String> badPeriod =
                server.postJson("/admin/v1/invoices/run", "{\"period\": \"2025-13\"}", admin());

        assertThat(json(dry).at("/data/0/dry_run").asBoolean()).isTrue();
        assertThat(json(dry).at("/data/0/invoices/0/number").isNull()).isTrue();
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertMatchesFixture("admin-invoice-run", run.body());
        assertThat(json(again).at("/data/0/invoices")).isEmpty();
        assertThat(json(again).at("/data/0/already_invoiced/0/number").asText()).isEqualTo("VIGINT-2026-0001");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(json(badPeriod).at("/error/code").asText()).isEqualTo("INVALID_PERIOD");
    }

    @Test
    void aClientSeesItsOwnInvoicesAsJsonAndNobodyElses() {
        invoiceDecember();

        HttpResponse<String> list = server.get("/api/v1/invoices", "X-API-Key", acmeKey);
        HttpResponse<String> own = server.get("/api/v1/invoices/VIGINT-2026-0001", "X-API-Key", acmeKey);
        HttpResponse<String> foreign = server.get("/api/v1/invoices/VIGINT-2026-0002", "X-API-Key", acmeKey);
        HttpResponse<String> missing = server.get("/api/v1/invoices/VIGINT-2026-0099", "X-API-Key", acmeKey);
        HttpResponse<String> garbage = server.get("/api/v1/invoices/not-a-number", "X-API-Key", acmeKey);
        HttpResponse<String> betaList = server.get("/api/v1/invoices", "X-API-Key", betaKey);
        HttpResponse<String> pdf =
                server.get("/api/v1/invoices/VIGINT-2026-0001", "X-API-Key", acmeKey, "Accept", "application/pdf");
        HttpResponse<String> csv =
                server.get("/api/v1/invoices/VIGINT-2026-0001", "X-API-Key", acmeKey, "Accept", "text/csv");
        HttpResponse<String> html =
                server.get("/api/v1/invoices/VIGINT-2026-0001", "X-API-Key", acmeKey, "Accept", "text/html");
        HttpResponse<String> anyType =
                server.get("/api/v1/invoices/VIGINT-2026-0001", "X-API-Key", acmeKey, "Accept", "*/*");
        HttpResponse<String> png =
                server.get("/api/v1/invoices/VIGINT-2026-0001", "X-API-Key", acmeKey, "Accept", "image/png");
        HttpResponse<String> foreignPdf =
                server.get("/api/v1/invoices/VIGINT-2026-0002", "X-API-Key", acmeKey, "Accept", "application/pdf");
        HttpResponse<String> anonymous = server.get("/api/v1/invoices");

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertMatchesFixture("invoices-list", list.body());
        assertMatchesFixture("invoice", own.body());
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertMatchesFixture("error-invoice-not-found", foreign.body());
        assertThat(missing.body().replace("0099", "0002")).isEqualTo(foreign.body());
        assertThat(garbage.statusCode()).isEqualTo(404);
        assertThat(json(betaList).at("/data")).hasSize(1);
        assertThat(json(betaList).at("/data/0/number").asText()).isEqualTo("VIGINT-2026-0002");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("inline; filename=\"VIGINT-2026-0001.pdf\"");
        assertThat(pdf.body()).isEqualTo("pdf of VIGINT-2026-0001");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo("csv of VIGINT-2026-0001");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).isEqualTo("html of VIGINT-2026-0001");
        assertThat(anyType.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json(anyType).at("/data/number").asText()).isEqualTo("VIGINT-2026-0001");
        assertThat(png.statusCode()).isEqualTo(406);
        assertThat(json(png).at("/error/code").asText()).isEqualTo("NOT_ACCEPTABLE");
        assertThat(foreignPdf.statusCode()).isEqualTo(404);
        assertThat(foreignPdf.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/json");
        assertThat(json(foreignPdf).at("/error/code").asText()).isEqualTo("INVOICE_NOT_FOUND");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void operatorListsVerifiesMarksPaidAndCannotVoidAnIssuedInvoice() {
        invoiceDecember();
        server.clock.advance(java.time.Duration.ofDays(2));

        HttpResponse<String> listed = server.get("/admin/v1/invoices?client_id=" + beta.value(), admin());
        HttpResponse<String> verified = server.get("/admin/v1/invoices/VIGINT-2026-0001/verify", admin());
        HttpResponse<String> paid = server.postEmpty("/admin/v1/invoices/VIGINT-2026-0001/mark-paid", admin());
        HttpResponse<String> paidAgain = server.postEmpty("/admin/v1/invoices/VIGINT-2026-0001/mark-paid", admin());
        HttpResponse<String> voided = server.postEmpty("/admin/v1/invoices/VIGINT-2026-0002/void", admin());
        HttpResponse<String> issuedOnly = server.get("/admin/v1/invoices?status=issued", admin());
        HttpResponse<String> clientTries =
                server.postEmpty("/admin/v1/invoices/VIGINT-2026-0002/void", "X-API-Key", betaKey);

        assertThat(json(listed).at("/data")).hasSize(1);
        assertMatchesFixture("admin-invoice-verify", verified.body());
        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(json(paid).at("/data/status").asText()).isEqualTo("paid");
        assertThat(json(paid).at("/data/paid_at").asText()).isEqualTo("2026-01-03T00:00:00Z");
        assertThat(paidAgain.statusCode()).isEqualTo(409);
        assertThat(json(paidAgain).at("/error/code").asText()).isEqualTo("INVOICE_STATE_CONFLICT");
        assertThat(voided.statusCode()).isEqualTo(409);
        assertThat(json(voided).at("/error/code").asText()).isEqualTo("INVOICE_STATE_CONFLICT");
        assertThat(json(voided).at("/error/message").asText())
                .contains("only drafts can be voided")
                .contains("/admin/v1/invoices/VIGINT-2026-0002/credit-notes");
        assertThat(json(issuedOnly).at("/data")).hasSize(1);
        assertThat(json(issuedOnly).at("/data/0/number").asText()).isEqualTo("VIGINT-2026-0002");
        assertThat(clientTries.statusCode()).isEqualTo(401);
    }

    @Test
    void operatorRecordsPaymentsInPartAndTheInvoiceShowsWhatIsDue() {
        invoiceDecember();
        server.clock.advance(java.time.Duration.ofDays(2));

        HttpResponse<String> part = server.postJson(
                "/admin/v1/invoices/VIGINT-2026-0001/payments",
                "{\"amount\": \"0.10\", \"paid_at\": \"2026-01-02\", \"reference\": \"SEPA 4711\"}",
                admin());
        HttpResponse<String> tooMuch =
                server.postJson("/admin/v1/invoices/VIGINT-2026-0001/payments", "{\"amount\": \"0.15\"}", admin());
        HttpResponse<String> notAnAmount =
                server.postJson("/admin/v1/invoices/VIGINT-2026-0001/payments", "{\"amount\": \"ten\"}", admin());
        HttpResponse<String> future = server.postJson(
                "/admin/v1/invoices/VIGINT-2026-0001/payments",
                "{\"amount\": \"0.01\", \"paid_at\": \"2030-01-01\"}",
                admin());
        HttpResponse<String> account = server.get("/admin/v1/invoices/VIGINT-2026-0001", admin());
        HttpResponse<String> rest = server.postEmpty("/admin/v1/invoices/VIGINT-2026-0001/mark-paid", admin());

        assertThat(part.statusCode()).as(part.body()).isEqualTo(200);
        assertThat(json(part).at("/data/status").asText()).isEqualTo("partially_paid");
        assertThat(json(part).at("/data/amount_due").asText()).isEqualTo("0.14");
        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(json(tooMuch).at("/error/code").asText()).isEqualTo("PAYMENT_EXCEEDS_BALANCE");
        assertThat(json(tooMuch).at("/error/details/amount_due").asText()).isEqualTo("0.14");
        assertThat(notAnAmount.statusCode()).isEqualTo(400);
        assertThat(json(notAnAmount).at("/error/details/field").asText()).isEqualTo("amount");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(json(future).at("/error/details/field").asText()).isEqualTo("paid_at");
        assertMatchesFixture("admin-invoice-account", account.body());
        assertThat(json(rest).at("/data/status").asText()).isEqualTo("paid");
        assertThat(json(rest).at("/data/amount_due").asText()).isEqualTo("0.00");
        assertThat(json(rest).at("/data/payments/1/amount").asText()).isEqualTo("0.14");
    }

    @Test
    void operatorIssuesCreditNotesAndOnlyTheirClientSeesThem() {
        invoiceDecember();

        HttpResponse<String> partial = server.postJson(
                "/admin/v1/invoices/VIGINT-2026-0002/credit-notes",
                "{\"amount\": \"0.05\", \"reason\": \"goodwill for an outage\"}",
                admin());
        HttpResponse<String> noReason =
                server.postJson("/admin/v1/invoices/VIGINT-2026-0002/credit-notes", "{\"amount\": \"0.01\"}", admin());
        HttpResponse<String> tooMuch = server.postJson(
                "/admin/v1/invoices/VIGINT-2026-0002/credit-notes",
                "{\"amount\": \"0.06\", \"reason\": \"too much\"}",
                admin());
        HttpResponse<String> full = server.postJson(
                "/admin/v1/invoices/VIGINT-2026-0002/credit-notes", "{\"reason\": \"cancelled\"}", admin());
        HttpResponse<String> listed = server.get("/admin/v1/credit-notes?invoice=VIGINT-2026-0002", admin());
        HttpResponse<String> one = server.get("/admin/v1/credit-notes/VIGINT-CN-2026-0001", admin());
        HttpResponse<String> missing = server.get("/admin/v1/credit-notes/VIGINT-CN-2026-0009", admin());
        HttpResponse<String> betaList = server.get("/api/v1/credit-notes", "X-API-Key", betaKey);
        HttpResponse<String> betaOwn = server.get("/api/v1/credit-notes/VIGINT-CN-2026-0001", "X-API-Key", betaKey);
        HttpResponse<String> betaPdf = server.get(
                "/api/v1/credit-notes/VIGINT-CN-2026-0001", "X-API-Key", betaKey, "Accept", "application/pdf");
        HttpResponse<String> acmeForeign = server.get("/api/v1/credit-notes/VIGINT-CN-2026-0001", "X-API-Key", acmeKey);
        HttpResponse<String> acmeForeignPdf = server.get(
                "/api/v1/credit-notes/VIGINT-CN-2026-0001", "X-API-Key", acmeKey, "Accept", "application/pdf");
        HttpResponse<String> acmeList = server.get("/api/v1/credit-notes", "X-API-Key", acmeKey);

        assertThat(partial.statusCode()).as(partial.body()).isEqualTo(200);
        assertMatchesFixture("admin-credit-note-issued", partial.body());
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(json(noReason).at("/error/details/field").asText()).isEqualTo("reason");
        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(json(tooMuch).at("/error/code").asText()).isEqualTo("CREDIT_EXCEEDS_INVOICE");
        assertThat(json(full).at("/data/credit_note/number").asText()).isEqualTo("VIGINT-CN-2026-0002");
        assertThat(json(full).at("/data/credit_note/total").asText()).isEqualTo("0.06");
        assertThat(json(full).at("/data/invoice/status").asText()).isEqualTo("credited");
        assertThat(sentCreditNotes).containsExactly("VIGINT-CN-2026-0001", "VIGINT-CN-2026-0002");
        assertThat(json(listed).at("/data")).hasSize(2);
        assertMatchesFixture("credit-note", one.body());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).at("/error/code").asText()).isEqualTo("CREDIT_NOTE_NOT_FOUND");
        assertThat(json(betaList).at("/data")).hasSize(2);
        assertThat(betaOwn.body()).isEqualTo(one.body());
        assertThat(betaPdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(betaPdf.body()).isEqualTo("pdf of VIGINT-CN-2026-0001");
        assertThat(acmeForeign.statusCode()).isEqualTo(404);
        assertThat(json(acmeForeign).at("/error/code").asText()).isEqualTo("CREDIT_NOTE_NOT_FOUND");
        assertThat(acmeForeignPdf.statusCode()).isEqualTo(404);
        assertThat(json(acmeList).at("/data")).isEmpty();
    }

    @Test
    void aClientIdThatIsNotANumberIsA400NamingTheField() {
        for (String bad : new String[] {"abc", "0", "-3", "1.5"}) {
            HttpResponse<String> response = server.get("/admin/v1/invoices?client_id=" + bad, admin());

            assertThat(response.statusCode()).as(bad).isEqualTo(400);
            assertThat(json(response).at("/error/code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(json(response).at("/error/details/field").asText()).isEqualTo("client_id");
        }
    }
}
