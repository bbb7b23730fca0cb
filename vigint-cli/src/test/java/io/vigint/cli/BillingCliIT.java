package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.util.Modules;
import io.vigint.cli.CliRun.Result;
import io.vigint.persistence.Database;
import io.vigint.persistence.DatabaseSettings;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigint billing …} and {@code vigint invoices …} in-process on an embedded H2 database, with
 * usage rows inserted as metering writes them, a fixed clock (2 December 2026) and a reversible test
 * cipher in place of the real one.
 */
class BillingCliIT {
    private static final String IBAN = "NL91ABNA0417164300";
    private static final Clock DECEMBER_2 = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path workingDirectory;

    private Path dataDir() {
        return workingDirectory.resolve("data");
    }

    private Result vigint(String... args) {
        return vigintWith(Map.of(), args);
    }

    private Result vigintWith(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir().toString()));
        all.addAll(List.of(args));
        CliRun run = new CliRun(workingDirectory, environment, modules -> Modules.override(modules)
                .with(binder -> {
                    binder.bind(Clock.class).toInstance(DECEMBER_2);
                }));
        return run.run(all);
    }

    private void usage(long clientId, String endpoint, String cost, String at) throws SQLException {
        try (Database db = Database.open(DatabaseSettings.embedded(dataDir()));
                Connection c = db.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO usage_records (client_id, endpoint, method,"
                                + " status_code, cost, currency, occurred_at, request_id) VALUES (?, ?, 'POST', 200, ?, 'EUR', ?, ?)")) {
            insert.setLong(1, clientId);
            insert.setString(2, endpoint);
            insert.setBigDecimal(3, new java.math.BigDecimal(cost));
            insert.setObject(4, OffsetDateTime.parse(at));
            insert.setString(5, "req-" + System.nanoTime());
            insert.executeUpdate();
        }
    }

    private String storedSealedIban() throws SQLException {
        try (Database db = Database.open(DatabaseSettings.embedded(dataDir()));
                Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT iban_sealed, iban_masked FROM payment_details")) {
            rs.next();
            return rs.getString(1) + "|" + rs.getString(2);
        }
    }

    @Test
    void paymentDetailsAreValidatedStoredSealedAndShownMasked() throws SQLException {
        assertThat(vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example")
                        .status())
                .isZero();

        Result set = vigint(
                "billing",
                "set-payment",
                "--client-id",
                "1",
                "--method",
                "direct_debit",
                "--frequency",
                "monthly",
                "--iban",
                "NL91 ABNA 0417 1643 00",
                "--bic",
                "abnanl2a",
                "--auto-pay");
        Result shown = vigint("billing", "show-payment", "--client-id", "1", "--output", "json");
        Result badIban = vigint(
                "billing",
                "set-payment",
                "--client-id",
                "1",
                "--method",
                "direct_debit",
                "--frequency",
                "monthly",
                "--iban",
                "NL91ABNA0417164301");
        Result cardWithoutId = vigint(
                "billing", "set-payment", "--client-id", "1", "--method", "credit_card", "--frequency", "weekly");
        Result unknownClient = vigint("billing", "show-payment", "--client-id", "9");

        assertThat(set.status()).as(set.toString()).isZero();
        assertThat(set.out())
                .contains("IBAN:        NL91 **** **** **** 4300", "BIC:         ABNANL2A", "Auto-pay:    yes")
                .doesNotContain(IBAN);
        JsonNode json = shown.json();
        assertThat(json.get("iban").asText()).isEqualTo("NL91 **** **** **** 4300");
        assertThat(json.get("method").asText()).isEqualTo("direct_debit");
        assertThat(json.get("frequency").asText()).isEqualTo("monthly");
        assertThat(json.get("auto_pay").asBoolean()).isTrue();
        assertThat(storedSealedIban()).doesNotContain(IBAN).contains("NL91 **** **** **** 4300");
        assertThat(badIban.status()).isEqualTo(1);
        assertThat(badIban.err())
                .isEqualTo("error: the IBAN's check digits do not match (a typing error?)" + System.lineSeparator());
        assertThat(cardWithoutId.status()).isEqualTo(1);
        assertThat(cardWithoutId.err()).contains("credit_card needs the card provider's customer id");
        assertThat(unknownClient.status()).isEqualTo(1);
        assertThat(vigint("billing", "show-payment", "--client-id", "1").out()).doesNotContain(IBAN);
    }

    @Test
    void aReverseChargeProfileInvoicesWithoutVatUnderTheClientsLegalIdentity() throws Exception {
        vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example");
        Map<String, String> belgianSeller = Map.of(
                "VIGINT_BILLING_SELLER_COUNTRY", "BE",
                "VIGINT_BILLING_SELLER_VAT_ID", "BE0403019261",
                "VIGINT_BILLING_SELLER_NAME", "Vigint SRL");
        Result noSellerCountry = vigint(
                "billing",
                "set-profile",
                "--client-id",
                "1",
                "--legal-name",
                "Acme France SAS",
                "--country",
                "FR",
                "--vat-id",
                "FR40303265045",
                "--tax-treatment",
                "reverse_charge");
        Result badFlag = vigintWith(
                belgianSeller,
                "billing",
                "set-profile",
                "--client-id",
                "1",
                "--legal-name",
                "Acme France SAS",
                "--country",
                "FR",
                "--vat-id",
                "FR40303265045",
                "--tax-treatment",
                "reverse_charge",
                "--prices-include-vat",
                "maybe");
        Result badVatId = vigintWith(
                belgianSeller,
                "billing",
                "set-profile",
                "--client-id",
                "1",
                "--legal-name",
                "Acme France SAS",
                "--country",
                "FR",
                "--vat-id",
                "FR1",
                "--tax-treatment",
                "reverse_charge");
        Result nothingYet = vigint("billing", "show-profile", "--client-id", "1");
        Result set = vigintWith(
                belgianSeller,
                "billing",
                "set-profile",
                "--client-id",
                "1",
                "--legal-name",
                "Acme France SAS",
                "--address",
                "1 rue de Rivoli",
                "--address",
                "75001 Paris",
                "--country",
                "FR",
                "--vat-id",
                "FR 40 303 265 045",
                "--tax-treatment",
                "reverse_charge",
                "--prices-include-vat",
                "true",
                "--output",
                "json");
        Result shown = vigint("billing", "show-profile", "--client-id", "1", "--output", "json");
        usage(1, "/api/video/analyze", "0.05", "2026-11-03T10:00:00Z");
        usage(1, "/api/video/analyze", "0.05", "2026-11-04T10:00:00Z");
        Result run = vigintWith(belgianSeller, "invoices", "run", "--period", "2026-11");
        Result show = vigint("invoices", "show", "VIGINT-2026-0001", "--output", "json");
        Result verify = vigint("invoices", "verify", "VIGINT-2026-0001");

        assertThat(noSellerCountry.status()).isEqualTo(1);
        assertThat(noSellerCountry.errLines()).singleElement().asString().contains("billing.seller.country");
        assertThat(badFlag.status()).isEqualTo(1);
        assertThat(badFlag.errLines()).singleElement().asString().contains("prices_include_vat must be true or false");
        assertThat(badVatId.status()).isEqualTo(1);
        assertThat(badVatId.errLines()).hasSize(1);
        assertThat(nothingYet.status()).isEqualTo(1);
        assertThat(nothingYet.errLines()).singleElement().asString().contains("No billing profile");
        assertThat(set.status()).as(set.toString()).isZero();
        assertThat(shown.json().at("/legal_name").asText()).isEqualTo("Acme France SAS");
        assertThat(shown.json().at("/address/1").asText()).isEqualTo("75001 Paris");
        assertThat(shown.json().at("/vat_id").asText()).isEqualTo("FR40303265045");
        assertThat(shown.json().at("/tax_treatment").asText()).isEqualTo("reverse_charge");
        assertThat(shown.json().at("/prices_include_vat").asBoolean()).isTrue();
        assertThat(run.status()).as(run.toString()).isZero();
        JsonNode invoice = show.json();
        assertThat(invoice.at("/tax_treatment").asText()).isEqualTo("reverse_charge");
        assertThat(invoice.at("/vat_rate").asText()).isEqualTo("0");
        assertThat(invoice.at("/subtotal").asText()).isEqualTo("0.10");
        assertThat(invoice.at("/vat").asText()).isEqualTo("0.00");
        assertThat(invoice.at("/total").asText()).isEqualTo("0.10");
        assertThat(invoice.at("/buyer/legal_name").asText()).isEqualTo("Acme France SAS");
        assertThat(invoice.at("/seller/vat_id").asText()).isEqualTo("BE0403019261");
        assertThat(invoice.at("/seller/legal_name").asText()).isEqualTo("Vigint SRL");
        assertThat(invoice.at("/due_date").asText()).isEqualTo("2027-01-01");
        assertThat(verify.status()).as(verify.toString()).isZero();
    }

    @Test
    void invoiceLifecycleFromDryRunToVoidAndReinvoicing() throws Exception {
        vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example");
        vigint("clients", "create", "--name", "Idle", "--email", "i@idle.example");
        usage(1, "/api/video/analyze", "0.05", "2026-11-03T10:00:00Z");
        usage(1, "/api/video/analyze", "0.05", "2026-11-20T10:00:00Z");
        usage(1, "/api/alert", "0.10", "2026-11-30T23:59:59.999999Z");
        usage(1, "/api/alert", "0.10", "2026-12-01T00:00:00Z");

        Result dry = vigint("invoices", "run", "--period", "2026-11", "--dry-run");
        Result emptyList = vigint("invoices", "list");
        Result run = vigint("invoices", "run", "--period", "2026-11");
        Result again = vigint("invoices", "run", "--period", "2026-11", "--output", "json");
        Result show = vigint("invoices", "show", "VIGINT-2026-0001");
        Result verified = vigint("invoices", "verify", "VIGINT-2026-0001");

        assertThat(dry.status()).as(dry.toString()).isZero();
        assertThat(dry.out()).contains("dry run, nothing written", "1 invoice would be issued", "(draft)");
        assertThat(emptyList.out()).isEqualTo("No invoices." + System.lineSeparator());
        assertThat(run.out())
                .contains(
                        "Period 2026-11 (monthly, 2026-11-01T00:00:00Z to 2026-12-01T00:00:00Z)",
                        "1 invoice issued, 0 clients already invoiced, 1 client without usage (no invoice)",
                        "VIGINT-2026-0001  client 1      2 lines  subtotal 0.20  VAT 0.04  total 0.24 EUR");
        JsonNode report = again.json().get(0);
        assertThat(report.get("invoices")).isEmpty();
        assertThat(report.get("already_invoiced").get(0).get("number").asText()).isEqualTo("VIGINT-2026-0001");
        assertThat(report.get("without_usage").get(0).asLong()).isEqualTo(2);
        assertThat(show.out())
                .contains(
                        "Invoice VIGINT-2026-0001  (issued)",
                        "/api/alert",
                        "/api/video/analyze",
                        "Subtotal",
                        "VAT 21%",
                        "Total EUR");
        assertThat(verified.status()).as(verified.toString()).isZero();
        assertThat(dry.out()).doesNotContain("emailed");
        assertThat(run.out()).contains("1 invoice emailed with the PDF attached");
        assertThat(run.err()).as("a finished period needs no note").isEmpty();
        assertThat(again.json().get(0).get("not_sent")).isEmpty();
        assertThat(outbox())
                .as("one email for one invoice; the dry run and the re-run send nothing")
                .hasSize(1);
        String eml = Files.readString(outbox().get(0));
        assertThat(eml)
                .contains("To: a@acme.example", "Invoice VIGINT-2026-0001", "VIGINT-2026-0001.pdf", "application/pdf");

        Path pdf = workingDirectory.resolve("invoice.pdf");
        Result writtenPdf = vigint("invoices", "show", "VIGINT-2026-0001", "--format", "pdf", "--out", pdf.toString());
        Result csv = vigint("invoices", "show", "VIGINT-2026-0001", "--format", "csv");
        Result pdfToTerminal = vigint("invoices", "show", "VIGINT-2026-0001", "--format", "pdf");
        Result badFormat = vigint("invoices", "show", "VIGINT-2026-0001", "--format", "docx", "--out", "x");
        assertThat(writtenPdf.status()).as(writtenPdf.toString()).isZero();
        assertThat(writtenPdf.out()).startsWith("Wrote VIGINT-2026-0001 as pdf to " + pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("VIGINT-2026-0001", "0.24");
        }
        assertThat(csv.status()).as(csv.toString()).isZero();
        assertThat(csv.out()).contains("VIGINT-2026-0001", "/api/video/analyze", "0.24");
        assertThat(pdfToTerminal.status()).isEqualTo(1);
        assertThat(pdfToTerminal.err()).contains("add --out FILE");
        assertThat(badFormat.status()).isEqualTo(1);
        assertThat(badFormat.err()).contains("invoice format must be pdf, html, csv or ubl");

        usage(1, "/api/alert", "0.10", "2026-11-15T00:00:00Z");
        Result differs = vigint("invoices", "verify", "VIGINT-2026-0001");
        assertThat(differs.status()).isEqualTo(1);
        assertThat(differs.out())
                .contains(
                        "VIGINT-2026-0001 differs from its usage:",
                        "line /api/alert count: invoice has 1, usage gives 2");

        Result paid = vigint("invoices", "mark-paid", "VIGINT-2026-0001");
        Result paidAgain = vigint("invoices", "mark-paid", "VIGINT-2026-0001");
        Result voided = vigint("invoices", "void", "VIGINT-2026-0001");
        Result credited = vigint("invoices", "credit", "--number", "VIGINT-2026-0001", "--reason", "usage changed");
        Result reinvoiced = vigint("invoices", "run", "--period", "2026-11");
        Result listed = vigint("invoices", "list", "--client-id", "1", "--output", "json");

        assertThat(paid.out()).contains("Marked VIGINT-2026-0001 paid.", "(paid)");
        assertThat(paidAgain.status()).isEqualTo(1);
        assertThat(paidAgain.err())
                .contains("is paid; only an issued, partially paid or overdue invoice takes payments");
        assertThat(voided.status()).isEqualTo(1);
        assertThat(voided.err())
                .contains("only drafts can be voided", "vigint invoices credit --number VIGINT-2026-0001");
        assertThat(credited.out()).contains("Issued VIGINT-CN-2026-0001 on VIGINT-2026-0001 (now credited).");
        assertThat(reinvoiced.out()).contains("VIGINT-2026-0002", "total 0.36 EUR");
        assertThat(listed.json())
                .extracting(
                        n -> n.get("number").asText() + " " + n.get("status").asText())
                .containsExactly("VIGINT-2026-0002 issued", "VIGINT-2026-0001 credited");
        assertThat(vigint("invoices", "verify", "VIGINT-2026-0002").status()).isZero();
    }

    @Test
    void aFailedEmailLeavesTheInvoiceIssuedAndSendResendsIt() throws Exception {
        vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example");
        usage(1, "/api/video/analyze", "0.05", "2026-11-03T10:00:00Z");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> unreachableSmtp = Map.of(
                "VIGINT_MAIL_PROVIDER", "smtp",
                "VIGINT_MAIL_FROM", "billing@vigint.example",
                "VIGINT_MAIL_SMTP_HOST", "127.0.0.1",
                "VIGINT_MAIL_SMTP_PORT", Integer.toString(closedPort),
                "VIGINT_MAIL_SMTP_SECURITY", "none",
                "VIGINT_MAIL_RETRY_ATTEMPTS", "1");

        Result run = vigintWith(unreachableSmtp, "invoices", "run", "--period", "2026-11");
        Result json = vigint("invoices", "list", "--output", "json");
        Result again = vigint("invoices", "run", "--period", "2026-11");
        List<Path> outboxBeforeSend = outbox();
        Result sent = vigint("invoices", "send", "VIGINT-2026-0001");
        Result missing = vigint("invoices", "send", "VIGINT-2026-0009");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains(
                        "VIGINT-2026-0001",
                        "0 invoices emailed",
                        "NOT EMAILED: VIGINT-2026-0001",
                        "send it with 'vigint invoices send VIGINT-2026-0001'");
        assertThat(run.err()).startsWith("warning: invoice VIGINT-2026-0001 was issued but not emailed: ");
        assertThat(json.json())
                .singleElement()
                .satisfies(i -> assertThat(i.get("status").asText()).isEqualTo("issued"));
        assertThat(again.out()).contains("0 invoices issued, 1 client already invoiced");
        assertThat(outboxBeforeSend).as("re-running the period does not send").isEmpty();
        assertThat(sent.status()).as(sent.toString()).isZero();
        assertThat(sent.out()).isEqualTo("Sent VIGINT-2026-0001 to client 1." + System.lineSeparator());
        assertThat(outbox()).hasSize(1);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: Invoice not found" + System.lineSeparator());
    }

    @Test
    void theRunningPeriodIsInvoicedWithANote() throws Exception {
        vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example");
        usage(1, "/api/video/analyze", "0.05", "2026-12-01T10:00:00Z");

        Result run = vigint("invoices", "run", "--period", "2026-12");

        assertThat(run.status()).as(run.toString()).isZero();
        assertThat(run.out()).contains("VIGINT-2026-0001", "total 0.06 EUR");
        assertThat(run.err())
                .isEqualTo("note: period 2026-12 is still running (it ends 2027-01-01T00:00:00Z): usage after now is"
                        + " not on its invoices, and 'invoices verify' will report it as a difference"
                        + System.lineSeparator());
        usage(1, "/api/video/analyze", "0.05", "2026-12-02T10:00:00Z");
        assertThat(vigint("invoices", "verify", "VIGINT-2026-0001").status()).isEqualTo(1);
    }

    private Result vigintAt(Clock clock, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir().toString()));
        all.addAll(List.of(args));
        return new CliRun(workingDirectory, Map.of(), modules -> Modules.override(modules)
                        .with(binder -> binder.bind(Clock.class).toInstance(clock)))
                .run(all);
    }

    @Test
    void paymentsInPartCreditNotesAndRemindersFromTheCommandLine() throws Exception {
        vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example");
        usage(1, "/api/alert", "10.00", "2026-11-03T10:00:00Z");
        vigint("invoices", "run", "--period", "2026-11");

        Result part = vigint(
                "invoices",
                "pay",
                "--number",
                "VIGINT-2026-0001",
                "--amount",
                "2.10",
                "--reference",
                "SEPA 4711",
                "--paid-at",
                "2026-12-01");
        Result tooMuch = vigint("invoices", "pay", "--number", "VIGINT-2026-0001", "--amount", "20");
        Result notAnAmount = vigint("invoices", "pay", "--number", "VIGINT-2026-0001", "--amount", "ten");
        Result credit = vigint(
                "invoices", "credit", "--number", "VIGINT-2026-0001", "--amount", "5.00", "--reason", "goodwill");
        Result overCredit = vigint(
                "invoices", "credit", "--number", "VIGINT-2026-0001", "--amount", "5.01", "--reason", "too much");
        Result noReason = vigint("invoices", "credit", "--number", "VIGINT-2026-0001");
        Result notes = vigint("invoices", "credit-notes", "list", "--output", "json");
        Result noteHtml = vigint("invoices", "credit-notes", "show", "VIGINT-CN-2026-0001", "--format", "html");
        Result shown = vigint("invoices", "show", "VIGINT-2026-0001", "--output", "json");

        assertThat(part.status()).as(part.toString()).isZero();
        assertThat(part.out())
                .contains("Recorded a payment of 2.10 EUR on VIGINT-2026-0001.", "(partially_paid)", "due 10.00 EUR");
        assertThat(tooMuch.status()).isEqualTo(1);
        assertThat(tooMuch.err()).contains("a payment of 20.00 EUR is more than the 10.00 EUR due");
        assertThat(notAnAmount.status()).isEqualTo(1);
        assertThat(notAnAmount.err()).contains("amount must be a positive decimal amount");
        assertThat(credit.status()).as(credit.toString()).isZero();
        assertThat(credit.out()).contains("Issued VIGINT-CN-2026-0001 on VIGINT-2026-0001 (now partially_paid).");
        assertThat(overCredit.status()).isEqualTo(1);
        assertThat(overCredit.err()).contains("more than the 5.00 EUR net left to credit");
        assertThat(noReason.status()).isEqualTo(2);
        assertThat(notes.json()).hasSize(1);
        assertThat(notes.json().get(0).get("total").asText()).isEqualTo("6.05");
        assertThat(notes.json().get(0).get("invoice_number").asText()).isEqualTo("VIGINT-2026-0001");
        assertThat(noteHtml.out()).contains("VIGINT-CN-2026-0001");
        assertThat(shown.json().get("status").asText()).isEqualTo("partially_paid");
        assertThat(shown.json().get("amount_paid").asText()).isEqualTo("2.10");
        assertThat(shown.json().get("amount_credited").asText()).isEqualTo("6.05");
        assertThat(shown.json().get("amount_due").asText()).isEqualTo("3.95");
        assertThat(shown.json().get("due_at").asText()).isEqualTo("2027-01-01T00:00:00Z");
        assertThat(shown.json().get("payments").get(0).get("reference").asText())
                .isEqualTo("SEPA 4711");
        List<Path> mails = outbox();
        assertThat(mails).hasSize(2);
        jakarta.mail.internet.MimeMessage creditMail = mailWithSubject(mails, "Credit note VIGINT-CN-2026-0001 from");
        assertThat(OutboxMail.recipients(creditMail)).containsExactly("a@acme.example");
        assertThat(OutboxMail.attachments(creditMail)).singleElement().satisfies(a -> assertThat(a.getFileName())
                .isEqualTo("VIGINT-CN-2026-0001.pdf"));

        Clock january10 = Clock.fixed(Instant.parse("2027-01-10T09:00:00Z"), ZoneOffset.UTC);
        Result followUp = vigintAt(january10, "invoices", "follow-up", "--output", "json");
        Result again = vigintAt(january10, "invoices", "follow-up");

        assertThat(followUp.status()).as(followUp.toString()).isZero();
        assertThat(followUp.json().get("marked_overdue").get(0).asText()).isEqualTo("VIGINT-2026-0001");
        assertThat(followUp.json().get("reminded").get(0).get("after_days").asInt())
                .isEqualTo(7);
        assertThat(again.out()).contains("Marked overdue: none", "Reminders sent: none");
        List<Path> after = outbox();
        assertThat(after).hasSize(3);
        jakarta.mail.internet.MimeMessage reminder = mailWithSubject(after, "Payment reminder:");
        assertThat(reminder.getSubject())
                .isEqualTo("Payment reminder: invoice VIGINT-2026-0001 from Vigint (3.95 EUR due since 2027-01-01)");
        assertThat(OutboxMail.attachments(reminder)).singleElement().satisfies(a -> assertThat(a.getFileName())
                .isEqualTo("VIGINT-2026-0001.pdf"));
        assertThat(vigint("invoices", "show", "VIGINT-2026-0001").out()).contains("(overdue)");
        Result verified = vigint("invoices", "verify", "VIGINT-2026-0001");
        assertThat(verified.status()).as(verified.toString()).isZero();
    }

    /** The one mail in {@code files} whose subject starts with {@code prefix} (outbox names do not sort by time). */
    private static jakarta.mail.internet.MimeMessage mailWithSubject(List<Path> files, String prefix) throws Exception {
        List<jakarta.mail.internet.MimeMessage> found = new ArrayList<>();
        for (Path file : files) {
            jakarta.mail.internet.MimeMessage mail = OutboxMail.read(file);
            if (mail.getSubject().startsWith(prefix)) {
                found.add(mail);
            }
        }
        assertThat(found).as("mails whose subject starts with " + prefix).hasSize(1);
        return found.get(0);
    }

    private List<Path> outbox() throws java.io.IOException {
        Path folder = dataDir().resolve("outbox");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }

    @Test
    void withoutAPeriodTheLastCompletedPeriodsAreInvoicedAndBadInputIsRefused() {
        vigint("clients", "create", "--name", "Acme", "--email", "a@acme.example");

        Result run = vigint("invoices", "run", "--output", "json");
        Result badPeriod = vigint("invoices", "run", "--period", "2026-13");
        Result badNumber = vigint("invoices", "show", "INV-1");
        Result missing = vigint("invoices", "show", "VIGINT-2026-0042");
        Result badStatus = vigint("invoices", "list", "--status", "lost");

        assertThat(run.json())
                .extracting(n -> n.get("period").asText())
                .containsExactly("2026-W48", "2026-11", "2026-Q3");
        assertThat(badPeriod.status()).isEqualTo(1);
        assertThat(badPeriod.err())
                .startsWith("error: a billing period looks like 2026-W47")
                .hasLineCount(1);
        assertThat(badNumber.status()).isEqualTo(1);
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: Invoice not found" + System.lineSeparator());
        assertThat(badStatus.status()).isEqualTo(1);
    }
}
