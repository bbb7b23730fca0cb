package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import io.vigint.app.VigintApp;
import io.vigint.cli.CliRun.Result;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import io.vigint.http.server.VigintServer;
import io.vigint.persistence.Database;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From metered calls to an emailed invoice, as a new user does it: {@code serve}'s own wiring ({@link
 * Main#modules} plus {@link VigintApp#serverModules}; real metering, billing, documents and mail
 * adapter, no stand-ins) over real HTTP, and the {@code vigint invoices} commands run in-process against
 * the same database and data directory, for the month that is still running. On H2 here; {@link
 * PostgresCallsToInvoiceIT} runs the same on PostgreSQL.
 */
class CallsToInvoiceIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FRAMES = 6;
    private static final String IBAN = "NL91ABNA0417164300";

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();
    private ServedVigint served;
    private Injector injector;
    private VigintServer server;

    /** The {@code --database-url} for the server and the CLI; none for the embedded H2 database. */
    String databaseUrl() {
        return null;
    }

    private void serve() throws java.io.IOException {
        served = ServedVigint.start(cwd, databaseUrl(), Map.of());
        injector = served.injector();
        server = served.server();
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private Result vigint(String... args) {
        List<String> all = new ArrayList<>();
        if (databaseUrl() != null) {
            all.addAll(List.of("--database-url", databaseUrl()));
        }
        all.addAll(List.of(args));
        return new CliRun(cwd).run(all);
    }

    @Test
    void meteredCallsBecomeOneNumberedInvoiceWhoseTotalIsTheUsagePlusVatEmailedAsAPdfOnce() throws Exception {
        serve();
        CreatedClient acme = served.createClient("Acme");
        CreatedClient beta = served.createClient("Beta");
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        int year = YearMonth.now(ZoneOffset.UTC).getYear();
        String number = String.format("VIGINT-%d-0001", year);

        String operatorKey = injector.getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("billing")
                .plainText();
        HttpResponse<String> payment = http.send(
                HttpRequest.newBuilder(server.uri()
                                .resolve(
                                        "admin/v1/clients/" + acme.client().id().value() + "/payment-details"))
                        .header("X-Admin-Key", operatorKey)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"method\": \"direct_debit\", \"frequency\":"
                                + " \"monthly\", \"iban\": \"NL91 ABNA 0417 1643 00\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
        assertThat(payment.body()).contains("NL91 **** **** **** 4300").doesNotContain(IBAN);
        assertThat(storedIban())
                .as("sealed by the AES-GCM cipher")
                .doesNotContain(IBAN)
                .doesNotContain("0417");

        Instant start = Instant.now().minusSeconds(3);
        served.bufferBatch(acme, "yard", SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, start, 1));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> analyzed = served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}");
            assertThat(analyzed.statusCode()).as(analyzed.body()).isEqualTo(200);
        }
        HttpResponse<String> failed = served.post(acme, "api/video/analyze", "{\"source_id\":\"nothing-here\"}");
        assertThat(failed.statusCode()).as("a failed call is metered at cost 0").isEqualTo(422);
        served.bufferBatch(beta, "gate", SyntheticScenes.moving(FRAMES, 30, 10, FrameFormat.JPEG, start, 2));
        assertThat(served.post(beta, "api/video/analyze", "{\"source_id\":\"gate\"}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode usage = ok(get(acme, "api/usage", "application/json"));
        List<String> analyzeStatuses = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode record : usage.get("usage")) {
            sum = sum.add(record.get("cost").decimalValue());
            if (record.get("endpoint").asText().equals("/api/video/analyze")) {
                analyzeStatuses.add(record.get("status_code").asText());
            }
        }
        assertThat(analyzeStatuses).containsExactlyInAnyOrder("200", "200", "200", "422");
        assertThat(sum).as("3 charged analyses at 0.05").isEqualByComparingTo("0.15");
        BigDecimal vat = sum.multiply(new BigDecimal("0.21")).setScale(2, RoundingMode.HALF_UP);
        String total = sum.add(vat).setScale(2, RoundingMode.HALF_UP).toPlainString();

        Result run = vigint("invoices", "run", "--period", period);
        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains(
                        "2 invoices issued",
                        number + "  client " + acme.client().id().value(),
                        "total " + total + " EUR",
                        "2 invoices emailed with the PDF attached");
        assertThat(run.err()).startsWith("note: period " + period + " is still running");

        Result verify = vigint("invoices", "verify", number);
        assertThat(verify.status()).as(verify.toString()).isZero();

        JsonNode invoice =
                ok(get(acme, "api/v1/invoices/" + number, "application/json")).get("data");
        assertThat(invoice.get("total").asText()).isEqualTo(total);
        assertThat(invoice.get("lines")).hasSize(1);
        JsonNode line = invoice.get("lines").get(0);
        assertThat(line.get("endpoint").asText()).isEqualTo("/api/video/analyze");
        assertThat(line.get("count").asLong()).as("only the charged calls").isEqualTo(3);
        assertThat(new BigDecimal(line.get("unit_price").asText())
                        .multiply(BigDecimal.valueOf(line.get("count").asLong())))
                .isEqualByComparingTo(line.get("amount").asText());

        List<Path> outbox = served.outbox();
        assertThat(outbox).hasSize(2);
        MimeMessage email = emailTo("acme@example.com", outbox);
        assertThat(email.getSubject()).contains(number);
        BodyPart pdf = pdfAttachment(email);
        assertThat(pdf.getFileName()).isEqualTo(number + ".pdf");
        byte[] attached;
        try (InputStream in = pdf.getInputStream()) {
            attached = in.readAllBytes();
        }
        assertThat(pdfText(attached))
                .contains(number, total, "Direct debit from NL91 **** **** **** 4300")
                .doesNotContain(IBAN);

        Result again = vigint("invoices", "run", "--period", period);
        assertThat(again.status()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 invoices issued, 2 clients already invoiced");
        assertThat(served.outbox()).as("running the period again sends nothing").hasSize(2);
        assertThat(vigint("invoices", "list", "--output", "json").json()).hasSize(2);

        HttpResponse<byte[]> ownPdf = get(acme, "api/v1/invoices/" + number, "application/pdf");
        assertThat(ownPdf.statusCode()).isEqualTo(200);
        assertThat(ownPdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdfText(ownPdf.body())).contains(number, total, "Acme");
        HttpResponse<byte[]> csv = get(acme, "api/v1/invoices/" + number, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains(number, "/api/video/analyze", total);
        HttpResponse<byte[]> png = get(acme, "api/v1/invoices/" + number, "image/png");
        assertThat(png.statusCode()).isEqualTo(406);
        HttpResponse<byte[]> foreign = get(beta, "api/v1/invoices/" + number, "application/pdf");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(foreign.body()).at("/error/code").asText()).isEqualTo("INVOICE_NOT_FOUND");
    }

    private String storedIban() throws Exception {
        try (java.sql.Connection c =
                        injector.getInstance(Database.class).dataSource().getConnection();
                java.sql.Statement statement = c.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT iban_sealed FROM payment_details")) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    private HttpResponse<byte[]> get(CreatedClient client, String path, String accept) throws Exception {
        URI uri = server.uri().resolve(path);
        return http.send(
                HttpRequest.newBuilder(uri)
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode ok(HttpResponse<byte[]> response) throws Exception {
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(body).isEqualTo(200);
        return JSON.readTree(body);
    }

    private static MimeMessage emailTo(String address, List<Path> emails) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (Path eml : emails) {
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
                if (message.getRecipients(Message.RecipientType.TO)[0]
                        .toString()
                        .equals(address)) {
                    found.add(message);
                }
            }
        }
        assertThat(found).as("emails to " + address).hasSize(1);
        return found.get(0);
    }

    private static BodyPart pdfAttachment(MimeMessage message) throws Exception {
        assertThat(message.getContent()).isInstanceOf(Multipart.class);
        Multipart multipart = (Multipart) message.getContent();
        List<BodyPart> pdfs = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                pdfs.add(part);
            }
        }
        assertThat(pdfs).hasSize(1);
        return pdfs.get(0);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
