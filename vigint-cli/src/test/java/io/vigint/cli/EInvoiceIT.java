package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.phive.api.execute.ValidationExecutionManager;
import com.helger.phive.api.executorset.ValidationExecutorSetRegistry;
import com.helger.phive.api.result.ValidationResultList;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.peppol.PeppolValidation;
import com.helger.phive.peppol.PeppolValidation2024_05;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import com.helger.xml.serialize.read.DOMReader;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.video.FrameFormat;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mustangproject.validator.ZUGFeRDValidator;

/**
 * The e-invoices of an issued invoice as a client gets them from a real server ({@code serve}'s wiring on
 * H2, the seller's identity from its configuration, the client a German business under reverse charge set
 * through the operator API): the UBL for {@code
 * application/vnd.oasis.ubl+xml} and {@code application/xml}, checked with the official Peppol BIS 3.0
 * rules; the Factur-X PDF for {@code application/pdf}, checked with Mustang's validator; and the invoice
 * email with the configured attachments ({@code billing.email_attachments=pdf,ubl}).
 */
class EInvoiceIT {
    /** The seller's identity as an operator configures it. */
    private static final Map<String, String> SELLER = Map.of(
            "VIGINT_BILLING_SELLER_NAME", "Vigint SRL",
            "VIGINT_BILLING_SELLER_ADDRESS", "Rue de la Loi 16; 1000 Brussels",
            "VIGINT_BILLING_SELLER_COUNTRY", "BE",
            "VIGINT_BILLING_SELLER_VAT_ID", "BE0403019261",
            "VIGINT_BILLING_SELLER_REGISTRATION", "RPM Brussels",
            "VIGINT_BILLING_SELLER_IBAN", "BE68 5390 0754 7034",
            "VIGINT_BILLING_SELLER_BIC", "GEBABEBB",
            "VIGINT_BILLING_SELLER_EMAIL", "billing@vigint.example",
            "VIGINT_BILLING_EMAIL_ATTACHMENTS", "pdf,ubl");

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

    @Test
    void anIssuedInvoiceIsServedAsPeppolUblAndFacturXAndEmailedWithBoth() throws Exception {
        served = ServedVigint.start(cwd, null, SELLER, modules -> modules);
        CreatedClient acme = served.createClient("Acme");
        String operatorKey = served.injector()
                .getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("billing")
                .plainText();
        HttpResponse<String> profile = http.send(
                HttpRequest.newBuilder(served.server()
                                .uri()
                                .resolve(
                                        "admin/v1/clients/" + acme.client().id().value() + "/billing-profile"))
                        .header("X-Admin-Key", operatorKey)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"legal_name\": \"Acme GmbH\", \"address\":"
                                + " [\"Unter den Linden 1\", \"10117 Berlin\"], \"country\": \"DE\", \"vat_id\":"
                                + " \"DE136695976\", \"tax_treatment\": \"reverse_charge\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
        served.bufferBatch(
                acme,
                "yard",
                SyntheticScenes.moving(
                        6, 30, 10, FrameFormat.JPEG, Instant.now().minusSeconds(3), 1));
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> analyzed = served.post(acme, "api/video/analyze", "{\"source_id\":\"yard\"}");
            assertThat(analyzed.statusCode()).as(analyzed.body()).isEqualTo(200);
        }
        String period = YearMonth.now(ZoneOffset.UTC).toString();
        String number =
                String.format("VIGINT-%d-0001", YearMonth.now(ZoneOffset.UTC).getYear());
        HttpResponse<String> run = http.send(
                HttpRequest.newBuilder(served.server().uri().resolve("admin/v1/invoices/run"))
                        .header("X-Admin-Key", operatorKey)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"period\": \"" + period + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(run.body()).contains(number);

        HttpResponse<byte[]> ubl = get(acme, number, "application/vnd.oasis.ubl+xml");
        assertThat(ubl.statusCode()).isEqualTo(200);
        assertThat(ubl.headers().firstValue("Content-Type").map(t -> t.replace(" ", "")))
                .hasValue("application/vnd.oasis.ubl+xml;charset=utf-8");
        assertThat(ubl.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains(number + ".xml"));
        String ublText = new String(ubl.body(), StandardCharsets.UTF_8);
        assertThat(ublText)
                .contains("<cbc:ID>" + number + "</cbc:ID>")
                .contains("<cbc:EndpointID schemeID=\"9925\">BE0403019261</cbc:EndpointID>")
                .contains("<cbc:RegistrationName>Acme GmbH</cbc:RegistrationName>")
                .contains("<cbc:EndpointID schemeID=\"9930\">DE136695976</cbc:EndpointID>")
                .contains("<cbc:ID>AE</cbc:ID>")
                .contains("/api/video/analyze");
        assertPeppolValid(ubl.body());

        HttpResponse<byte[]> xml = get(acme, number, "application/xml");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").map(t -> t.replace(" ", "")))
                .hasValue("application/xml;charset=utf-8");
        assertThat(xml.body()).isEqualTo(ubl.body());

        HttpResponse<byte[]> pdf = get(acme, number, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertFacturXValid(pdf.body(), number);

        assertThat(get(acme, number, "text/xml").statusCode())
                .as("other types stay 406")
                .isEqualTo(406);
        assertThat(get(acme, number, "*/*").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));

        List<Path> outbox = served.awaitOutbox(1);
        assertThat(outbox).hasSize(1);
        assertEmailCarriesBoth(outbox.get(0), number, ubl.body());

        HttpResponse<String> credited = http.send(
                HttpRequest.newBuilder(served.server().uri().resolve("admin/v1/invoices/" + number + "/credit-notes"))
                        .header("X-Admin-Key", operatorKey)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"reason\": \"Analyses billed twice\", \"amount\": \"0.01\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(credited.statusCode()).as(credited.body()).isEqualTo(200);
        String creditNote =
                String.format("VIGINT-CN-%d-0001", YearMonth.now(ZoneOffset.UTC).getYear());
        assertThat(credited.body()).contains(creditNote);
        HttpResponse<byte[]> creditUbl = getDocument(acme, "api/v1/credit-notes/" + creditNote, "application/xml");
        assertThat(creditUbl.statusCode()).isEqualTo(200);
        assertThat(new String(creditUbl.body(), StandardCharsets.UTF_8))
                .contains("<CreditNote")
                .contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>")
                .contains(number);
        assertPeppolValid(creditUbl.body(), PeppolValidation2024_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);
        HttpResponse<byte[]> creditPdf = getDocument(acme, "api/v1/credit-notes/" + creditNote, "application/pdf");
        assertThat(creditPdf.statusCode()).isEqualTo(200);
        assertFacturXValid(creditPdf.body(), creditNote);
    }

    private static void assertEmailCarriesBoth(Path eml, String number, byte[] ubl) throws Exception {
        MimeMessage email;
        try (InputStream in = Files.newInputStream(eml)) {
            email = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        Map<String, byte[]> attachments = attachments(email);
        assertThat(attachments).containsOnlyKeys(number + ".pdf", number + ".xml");
        assertFacturXValid(attachments.get(number + ".pdf"), number);
        assertThat(attachments.get(number + ".xml")).isEqualTo(ubl);
    }

    private HttpResponse<byte[]> get(CreatedClient client, String number, String accept) throws Exception {
        return getDocument(client, "api/v1/invoices/" + number, accept);
    }

    private HttpResponse<byte[]> getDocument(CreatedClient client, String path, String accept) throws Exception {
        return http.send(
                HttpRequest.newBuilder(served.server().uri().resolve(path))
                        .header("X-API-Key", client.apiKey().plainText())
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertPeppolValid(byte[] xml) {
        assertPeppolValid(xml, PeppolValidation2024_05.VID_OPENPEPPOL_INVOICE_UBL_V3);
    }

    private static void assertPeppolValid(byte[] xml, com.helger.diver.api.coord.DVRCoordinate rules) {
        ValidationExecutorSetRegistry<IValidationSourceXML> registry = new ValidationExecutorSetRegistry<>();
        PeppolValidation.initStandard(registry);
        ValidationResultList results = ValidationExecutionManager.executeValidation(
                IValidityDeterminator.createDefault(),
                registry.getOfID(rules),
                ValidationSourceXML.create("served.xml", DOMReader.readXMLDOM(xml)),
                Locale.US);
        List<String> errors =
                results.getAllErrors().stream().map(Object::toString).toList();
        System.out.println("Peppol BIS 3.0 validation of the served UBL: " + errors.size() + " error(s)\n  "
                + String.join("\n  ", errors));
        assertThat(errors)
                .as("Peppol errors:\n%s\n%s", String.join("\n", errors), new String(xml, StandardCharsets.UTF_8))
                .isEmpty();
    }

    private static void assertFacturXValid(byte[] pdf, String number) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, number + ".pdf");
        assertThat(validator.wasCompletelyValid())
                .as("Mustang's report:\n%s", report)
                .isTrue();
        assertThat(report).contains("isCompliant=true");
    }

    private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
        assertThat(message.getContent()).isInstanceOf(Multipart.class);
        Multipart multipart = (Multipart) message.getContent();
        Map<String, byte[]> found = new java.util.LinkedHashMap<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            types.add(part.getContentType());
            if (part.getFileName() != null) {
                try (InputStream in = part.getInputStream()) {
                    found.put(part.getFileName(), in.readAllBytes());
                }
            }
        }
        assertThat(types).anySatisfy(type -> assertThat(type).startsWith("application/vnd.oasis.ubl+xml"));
        return found;
    }
}
