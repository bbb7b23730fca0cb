package io.vigint.qonto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local server that answers like Qonto's documented Business API for what the adapter uses: {@code GET
 * and POST /v2/clients}, {@code GET and POST /v2/client_invoices}. It checks the API-key {@code
 * Authorization} header ({@code slug:secret}, 401 otherwise), validates bodies as documented (422 with the
 * JSON:API {@code errors} list, a {@code source.pointer} per field), keeps clients and invoices, and
 * honours {@code X-Qonto-Idempotency-Key}: a successful answer is cached under its key and a later request
 * with the same key gets it again without anything being created. Tests can make the next calls fail
 * (a status with an optional {@code Retry-After}, a stall past the client's time-out, or a "lost answer":
 * the request is carried out and then answered 500), and read every request received.
 */
public final class FakeQonto implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A scripted failure for the next matching call. */
    private record Trouble(String method, String path, int status, String retryAfter, long stallMillis, boolean lose) {}

    private record Cached(int status, String body) {}

    private final HttpServer server;
    private final String authorization;
    public final List<Received> requests = new CopyOnWriteArrayList<>();
    private final Deque<Trouble> troubles = new ArrayDeque<>();
    private final Map<String, Cached> idempotency = new LinkedHashMap<>();
    private final Map<String, ObjectNode> clients = new LinkedHashMap<>();
    private final List<ObjectNode> invoices = new ArrayList<>();

    public FakeQonto(String organizationSlug, String secretKey) {
        this.authorization = organizationSlug + ":" + secretKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next {@code times} calls of {@code method path} answer {@code status} (with {@code retryAfter}, if not null). */
    public synchronized FakeQonto fail(String method, String path, int status, String retryAfter, int times) {
        for (int i = 0; i < times; i++) {
            troubles.add(new Trouble(method, path, status, retryAfter, 0, false));
        }
        return this;
    }

    /** The next call of {@code method path} waits {@code millis} before answering (normally). */
    public synchronized FakeQonto stall(String method, String path, long millis) {
        troubles.add(new Trouble(method, path, 0, null, millis, false));
        return this;
    }

    /** The next call of {@code method path} is carried out, then answered 500 as if the answer were lost. */
    public synchronized FakeQonto loseAnswer(String method, String path) {
        troubles.add(new Trouble(method, path, 500, null, 0, true));
        return this;
    }

    /** Forgets cached idempotent answers, as Qonto does after 30 minutes. */
    public synchronized void expireIdempotencyKeys() {
        idempotency.clear();
    }

    public synchronized List<ObjectNode> invoices() {
        return List.copyOf(invoices);
    }

    public synchronized List<ObjectNode> clients() {
        return List.copyOf(clients.values());
    }

    /** Adds a client as if created in Qonto's app. */
    public synchronized String addClient(ObjectNode client) {
        String id = UUID.randomUUID().toString();
        client.put("id", id);
        clients.put(id, client);
        return id;
    }

    public List<Received> requests(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Received received = new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()),
                body);
        requests.add(received);
        Trouble trouble = nextTrouble(received);
        if (trouble != null && trouble.stallMillis() > 0) {
            try {
                Thread.sleep(trouble.stallMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (trouble != null && !trouble.lose()) {
            if (trouble.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", trouble.retryAfter());
            }
            send(exchange, trouble.status(), errors("server_error", "Something went wrong", null));
            return;
        }
        Cached answer = answer(received);
        if (trouble != null && trouble.lose()) {
            send(exchange, 500, errors("server_error", "Something went wrong", null));
            return;
        }
        send(exchange, answer.status(), answer.body());
    }

    private synchronized Trouble nextTrouble(Received received) {
        Trouble next = troubles.peek();
        if (next != null
                && next.method().equals(received.method())
                && next.path().equals(received.path())) {
            return troubles.poll();
        }
        return null;
    }

    private synchronized Cached answer(Received received) {
        if (!authorization.equals(received.header("Authorization"))) {
            return new Cached(401, errors("unauthorized", "Invalid credentials", null));
        }
        String key = received.header("X-Qonto-Idempotency-Key");
        if (received.method().equals("POST") && key != null && idempotency.containsKey(key)) {
            return idempotency.get(key);
        }
        Cached answer = route(received);
        if (received.method().equals("POST") && key != null && answer.status() / 100 == 2) {
            idempotency.put(key, answer);
        }
        return answer;
    }

    private Cached route(Received received) {
        Map<String, String> query = query(received.query());
        return switch (received.method() + " " + received.path()) {
            case "GET /v2/clients" -> listClients(query);
            case "POST /v2/clients" -> createClient(received.json());
            case "GET /v2/client_invoices" -> listInvoices(query);
            case "POST /v2/client_invoices" -> createInvoice(received.json());
            default -> new Cached(404, errors("not_found", "Not found", null));
        };
    }

    private Cached listClients(Map<String, String> query) {
        ArrayNode found = JSON.createArrayNode();
        for (ObjectNode client : clients.values()) {
            String email = query.get("filter[email]");
            String vat = query.get("filter[vat_number]");
            if ((email == null || email.equals(client.path("email").asText()))
                    && (vat == null || vat.equals(client.path("vat_number").asText()))) {
                found.add(client);
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.set("clients", found);
        answer.set("meta", meta(1, found.size(), 100));
        return ok(answer);
    }

    private Cached createClient(JsonNode body) {
        String kind = body.path("kind").asText(body.path("type").asText(""));
        if (!List.of("individual", "company", "freelancer").contains(kind)) {
            return new Cached(422, errors("invalid", "kind must be individual, company or freelancer", "/kind"));
        }
        if (kind.equals("company") && body.path("name").asText("").isBlank()) {
            return new Cached(422, errors("blank", "name is required for a company", "/name"));
        }
        ObjectNode client = body.deepCopy();
        String id = UUID.randomUUID().toString();
        client.put("id", id);
        client.put("kind", kind);
        client.put("type", kind);
        clients.put(id, client);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("client", client);
        return ok(answer);
    }

    private Cached listInvoices(Map<String, String> query) {
        int page = Integer.parseInt(query.getOrDefault("page", "1"));
        int perPage = Integer.parseInt(query.getOrDefault("per_page", "100"));
        String from = query.get("filter[created_at_from]");
        List<ObjectNode> matching = invoices.stream()
                .filter(i -> from == null
                        || !OffsetDateTime.parse(i.path("created_at").asText()).isBefore(OffsetDateTime.parse(from)))
                .toList();
        ArrayNode found = JSON.createArrayNode();
        matching.stream().skip((long) (page - 1) * perPage).limit(perPage).forEach(found::add);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("client_invoices", found);
        answer.set("meta", meta(page, matching.size(), perPage));
        return ok(answer);
    }

    private Cached createInvoice(JsonNode body) {
        for (String field : List.of("client_id", "issue_date", "due_date", "currency")) {
            if (body.path(field).asText("").isBlank()) {
                return new Cached(422, errors("blank", field + " is required", "/data/attributes/" + field));
            }
        }
        if (!body.path("currency").asText().equals("EUR")) {
            return new Cached(422, errors("inclusion", "currency must be EUR", "/data/attributes/currency"));
        }
        if (body.path("payment_methods").path("iban").asText("").isBlank()) {
            return new Cached(422, errors("blank", "iban is required", "/data/attributes/payment_methods/iban"));
        }
        ObjectNode client = clients.get(body.path("client_id").asText());
        if (client == null) {
            return new Cached(422, errors("not_found", "client not found", "/data/attributes/client_id"));
        }
        if (!client.has("billing_address") && !client.has("address")) {
            return new Cached(
                    422,
                    errors(
                            "blank",
                            "the client's address is required for invoicing",
                            "/data/attributes/client/billing_address"));
        }
        JsonNode items = body.path("items");
        if (!items.isArray() || items.isEmpty()) {
            return new Cached(422, errors("blank", "items are required", "/data/attributes/items"));
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            for (String field : List.of("title", "quantity", "vat_rate")) {
                if (item.path(field).asText("").isBlank()) {
                    return new Cached(
                            422, errors("blank", field + " is required", "/data/attributes/items/" + i + "/" + field));
                }
            }
            if (item.path("unit_price").path("value").asText("").isBlank()) {
                return new Cached(
                        422, errors("blank", "unit_price is required", "/data/attributes/items/" + i + "/unit_price"));
            }
        }
        ObjectNode invoice = body.deepCopy();
        invoice.put("id", UUID.randomUUID().toString());
        invoice.put("status", body.path("status").asText("draft"));
        invoice.put("created_at", Instant.now().toString());
        invoices.add(invoice);
        ObjectNode answer = JSON.createObjectNode();
        answer.set("client_invoice", invoice);
        return ok(answer);
    }

    private static ObjectNode meta(int page, int total, int perPage) {
        int pages = Math.max(1, (total + perPage - 1) / perPage);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("current_page", page);
        if (page < pages) {
            meta.put("next_page", page + 1);
        } else {
            meta.putNull("next_page");
        }
        if (page > 1) {
            meta.put("prev_page", page - 1);
        } else {
            meta.putNull("prev_page");
        }
        meta.put("total_pages", pages);
        meta.put("total_count", total);
        meta.put("per_page", perPage);
        return meta;
    }

    private static Cached ok(JsonNode answer) {
        return new Cached(200, answer.toString());
    }

    private static String errors(String code, String detail, String pointer) {
        ObjectNode error = JSON.createObjectNode();
        error.put("code", code);
        error.put("detail", detail);
        if (pointer != null) {
            error.putObject("source").put("pointer", pointer);
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("errors").add(error);
        answer.put("trace_id", UUID.randomUUID().toString());
        return answer.toString();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up waiting (time-out tests)
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
