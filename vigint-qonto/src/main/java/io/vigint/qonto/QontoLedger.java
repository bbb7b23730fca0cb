package io.vigint.qonto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.accounting.AccountingInvoice;
import io.vigint.core.accounting.AccountingLedger;
import io.vigint.core.accounting.ExportResult;
import io.vigint.core.util.Checks;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link AccountingLedger} over Qonto's Business API. One export:
 *
 * <ol>
 *   <li>looks for a client invoice already bearing the number, created since the day before the invoice's
 *       issue date ({@code GET /v2/client_invoices?filter[created_at_from]=…}, every page), and answers its
 *       id if there is one: this covers an earlier attempt whose answer was lost after Qonto's 30-minute
 *       idempotency window;
 *   <li>finds the customer among the Qonto clients by VAT number, else by email ({@code GET /v2/clients}),
 *       or creates it ({@code POST /v2/clients});
 *   <li>creates the client invoice ({@code POST /v2/client_invoices}).
 * </ol>
 *
 * <p>Every POST carries {@code X-Qonto-Idempotency-Key}: the export's key for the invoice, a key derived
 * from it for the client. Answers are classified: 2xx done; 408, 429 and 5xx, time-outs and network errors
 * {@link ExportResult.RetryLater} (with the {@code Retry-After} Qonto sent); any other 4xx {@link
 * ExportResult.Rejected} with Qonto's error details. Messages and logs name the call and status, never the
 * {@code Authorization} header; any echo of the secret is masked.
 */
public final class QontoLedger implements AccountingLedger {
    private static final Logger LOG = LoggerFactory.getLogger(QontoLedger.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PER_PAGE = 100;
    private static final int MAX_PAGES = 50;
    private static final int MAX_DETAIL = 600;

    private final QontoSettings settings;
    private final HttpClient http;

    public QontoLedger(QontoSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A failed call, already classified. */
    private static final class Failure extends Exception {
        final transient ExportResult result;

        Failure(ExportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    @Override
    public ExportResult export(AccountingInvoice invoice, String idempotencyKey) {
        Checks.nonNull("invoice idempotencyKey", invoice, idempotencyKey);
        if (invoice.kind() == AccountingInvoice.Kind.CREDIT_NOTE) {
            return new ExportResult.Rejected("credit notes are not exported to Qonto (see docs/qonto.md)");
        }
        if (!"EUR".equals(invoice.currency().getCurrencyCode())) {
            return new ExportResult.Rejected("Qonto accepts client invoices in EUR only; " + invoice.number()
                    + " is in " + invoice.currency().getCurrencyCode());
        }
        ExportResult result;
        try {
            Optional<String> existing = findInvoice(invoice);
            if (existing.isPresent()) {
                result = new ExportResult.Exported(existing.get());
            } else {
                String clientId = findOrCreateClient(invoice, idempotencyKey);
                result = new ExportResult.Exported(createInvoice(invoice, clientId, idempotencyKey));
            }
        } catch (Failure f) {
            result = f.result;
        }
        if (result instanceof ExportResult.Exported exported) {
            LOG.info("Invoice {} is in Qonto as client invoice {}", invoice.number(), exported.externalId());
        } else if (result instanceof ExportResult.Rejected rejected) {
            LOG.warn("Qonto refused invoice {}: {}", invoice.number(), rejected.reason());
        } else if (result instanceof ExportResult.RetryLater later) {
            LOG.warn("Qonto export of invoice {} will be retried: {}", invoice.number(), later.reason());
        }
        return result;
    }

    private Optional<String> findInvoice(AccountingInvoice invoice) throws Failure {
        String since = invoice.issueDate()
                .minusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        for (int page = 1; page <= MAX_PAGES; page++) {
            JsonNode answer = call(
                    "GET",
                    "/v2/client_invoices?filter%5Bcreated_at_from%5D=" + encode(since) + "&sort_by=created_at%3Aasc"
                            + "&per_page=" + PER_PAGE + "&page=" + page,
                    null,
                    null);
            JsonNode invoices = answer.path("client_invoices");
            for (JsonNode found : invoices) {
                if (invoice.number().equals(found.path("number").asText(null))
                        && found.hasNonNull("id")
                        && !"canceled".equals(found.path("status").asText())) {
                    return Optional.of(found.get("id").asText());
                }
            }
            JsonNode next = answer.path("meta").path("next_page");
            boolean more = next.canConvertToInt() ? next.asInt() > page : invoices.size() >= PER_PAGE;
            if (!more || invoices.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private String findOrCreateClient(AccountingInvoice invoice, String idempotencyKey) throws Failure {
        AccountingInvoice.Customer customer = invoice.customer();
        String filter = customer.vatId().isPresent()
                ? "filter%5Bvat_number%5D=" + encode(customer.vatId().get())
                : "filter%5Bemail%5D=" + encode(customer.email());
        for (JsonNode found : call("GET", "/v2/clients?" + filter, null, null).path("clients")) {
            if (found.hasNonNull("id")) {
                return found.get("id").asText();
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("kind", "company");
        body.put("name", customer.legalName());
        body.put("email", customer.email());
        body.put("currency", invoice.currency().getCurrencyCode());
        body.put("locale", settings.locale());
        customer.vatId().ifPresent(vat -> body.put("vat_number", vat));
        if (customer.country().isPresent()) {
            ObjectNode address = body.putObject("billing_address");
            address.put("street_address", String.join(", ", customer.addressLines()));
            customer.city().ifPresent(city -> address.put("city", city));
            customer.postalCode().ifPresent(zip -> address.put("zip_code", zip));
            address.put("country_code", customer.country().get());
        }
        String clientKey = UUID.nameUUIDFromBytes((idempotencyKey + ":client").getBytes(StandardCharsets.UTF_8))
                .toString();
        JsonNode created = call("POST", "/v2/clients", body, clientKey).path("client");
        if (!created.hasNonNull("id")) {
            throw new Failure(new ExportResult.RetryLater(
                    "Qonto POST /v2/clients answered without a client id", Optional.empty()));
        }
        return created.get("id").asText();
    }

    private String createInvoice(AccountingInvoice invoice, String clientId, String idempotencyKey) throws Failure {
        JsonNode created = call(
                        "POST", "/v2/client_invoices", invoiceBody(invoice, clientId, settings.iban()), idempotencyKey)
                .path("client_invoice");
        if (!created.hasNonNull("id")) {
            throw new Failure(new ExportResult.RetryLater(
                    "Qonto POST /v2/client_invoices answered without an invoice id", Optional.empty()));
        }
        return created.get("id").asText();
    }

    /** The documented body of {@code POST /v2/client_invoices} for {@code invoice}. */
    static ObjectNode invoiceBody(AccountingInvoice invoice, String clientId, String iban) {
        String currency = invoice.currency().getCurrencyCode();
        ObjectNode body = JSON.createObjectNode();
        body.put("client_id", clientId);
        body.put("number", invoice.number());
        body.put("issue_date", invoice.issueDate().toString());
        body.put("due_date", invoice.dueDate().toString());
        body.put("currency", currency);
        body.putObject("payment_methods").put("iban", iban);
        ArrayNode items = body.putArray("items");
        for (AccountingInvoice.Line line : invoice.lines()) {
            ObjectNode item = items.addObject();
            BigDecimal unit = line.unitPriceNet().stripTrailingZeros();
            int minor = invoice.currency().getDefaultFractionDigits();
            if (unit.scale() <= minor) {
                item.put("title", line.description());
                item.put("quantity", plain(line.quantity()));
                item.putObject("unit_price")
                        .put("value", plain(unit.setScale(minor, RoundingMode.UNNECESSARY)))
                        .put("currency", currency);
            } else {
                // Qonto prices in the currency's minor unit: a sub-cent unit price goes as one line of the whole
                // amount.
                BigDecimal amount =
                        line.quantity().multiply(line.unitPriceNet()).setScale(minor, RoundingMode.HALF_UP);
                item.put("title", line.description() + " (" + plain(line.quantity()) + " x " + plain(unit) + ")");
                item.put("quantity", "1");
                item.putObject("unit_price").put("value", plain(amount)).put("currency", currency);
            }
            item.put("vat_rate", plain(line.vatRate()));
        }
        return body;
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** One API call; the parsed JSON answer of a 2xx, else a classified {@link Failure}. */
    private JsonNode call(String method, String pathAndQuery, JsonNode body, String idempotencyKey) throws Failure {
        String name = "Qonto " + method + " " + pathAndQuery.replaceAll("\\?.*", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(settings.timeout())
                .header("Authorization", settings.authorization())
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (idempotencyKey != null) {
            request.header("X-Qonto-Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Failure(
                    new ExportResult.RetryLater(name + ": timed out after " + settings.timeout(), Optional.empty()));
        } catch (IOException e) {
            throw new Failure(
                    new ExportResult.RetryLater(name + ": " + e.getClass().getSimpleName(), Optional.empty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(new ExportResult.RetryLater(name + ": interrupted", Optional.empty()));
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            try {
                return JSON.readTree(response.body() == null || response.body().isBlank() ? "{}" : response.body());
            } catch (IOException e) {
                throw new Failure(new ExportResult.RetryLater(
                        name + ": HTTP " + status + " with a body that is not JSON", Optional.empty()));
            }
        }
        String reason = name + ": HTTP " + status + details(response.body());
        if (status == 408 || status == 429 || status >= 500) {
            throw new Failure(new ExportResult.RetryLater(reason, retryAfter(response)));
        }
        throw new Failure(new ExportResult.Rejected(reason));
    }

    private String base() {
        String text = settings.baseUrl().toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The documented error list ({@code errors[].code/detail/source.pointer}), masked and clipped. */
    private String details(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                String pointer = error.path("source").path("pointer").asText("");
                String parameter = error.path("source").path("parameter").asText("");
                String where = !pointer.isEmpty() ? pointer : parameter;
                String detail = error.path("detail").asText(error.path("code").asText(""));
                parts.add((where.isEmpty() ? "" : where + ": ") + detail);
            }
        } catch (IOException e) {
            // not the documented JSON: the status says enough
        }
        String text = parts.isEmpty() ? "" : ": " + String.join("; ", parts);
        text = text.replace(settings.secretKey(), "***");
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text;
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110), if Qonto sent one. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(QontoLedger::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String text = value.strip();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
