package io.vigint.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.name.Names;
import io.vigint.cli.ServedVigint;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.client.ListClientsUseCase;
import io.vigint.core.key.ListApiKeysUseCase;
import io.vigint.core.operator.OperatorKeysUseCase;
import io.vigint.core.testing.SyntheticScenes;
import io.vigint.core.usage.UsageEntry;
import io.vigint.core.usage.UsageReportUseCase;
import io.vigint.core.video.FrameFormat;
import io.vigint.http.HttpModule;
import jakarta.ws.rs.Path;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, findings 1 and 2: access decisions and metering must follow what Jersey matched, not the raw
 * path. Every route of the served application (enumerated from the Jersey resource model of the components
 * {@code serve} registers, so a new route is covered without touching this test) is sent as its canonical
 * path and as a family of spellings Jersey may match the same way: matrix parameters on each segment,
 * {@code ;} percent-encoded, {@code //}, {@code /./}, {@code /x/../}, {@code %2F}, percent escapes in
 * upper and lower case, trailing slashes; once without a credential and once with a client's API key (a
 * new client per request, so that every request starts from the same state). Each spelling must get:
 * <ul>
 *   <li>the canonical path's decision (same status and error code) with, for a client, the same usage
 *       records (same endpoint, the template); or</li>
 *   <li>no route (404 {@code NOT_FOUND}, 405), with no usage record beyond the metered 404 of a path
 *       parameter Jersey could not convert; or</li>
 *   <li>another answer of a resource (a path parameter took the variation in, {@code /video/{id}} with id
 *       {@code A;x}), only where the canonical path was not refused for its credential, never a different
 *       credential refusal, and for a client on a metered route with exactly one usage record at a real
 *       template.</li>
 * </ul>
 * Operator routes ({@code /admin/v1/**}, the original's {@code /admin/clients/**}, {@code /metrics}) must refuse client keys, sign-up must stay
 * closed, and the victim's client and keys must be untouched at the end. Requests go over a raw socket so
 * that no client library normalises the path. {@code serve}'s wiring on H2 here; {@link
 * HostilePathVariantsPostgresIT} repeats the metered part on PostgreSQL.
 */
class HostilePathVariantsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAM = Pattern.compile("\\{\\s*(\\w+)\\s*(:[^}]*)?}");
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");
    /** What a request that reached no resource is answered: not a route, or not this method. */
    private static final Set<String> UNMATCHED = Set.of("404 NOT_FOUND", "405 METHOD_NOT_ALLOWED");
    /** The error codes of a request refused for its credential. */
    private static final Set<String> CREDENTIAL_REFUSALS = Set.of(
            "API_KEY_REQUIRED",
            "INVALID_API_KEY",
            "KEY_REVOKED",
            "KEY_EXPIRED",
            "INVALID_TOKEN",
            "TOKEN_EXPIRED",
            "ADMIN_KEY_REQUIRED",
            "INVALID_ADMIN_KEY",
            "SIGN_UP_DISABLED");

    @TempDir
    java.nio.file.Path cwd;

    private ServedVigint served;
    private final AtomicInteger clients = new AtomicInteger();
    private final AtomicInteger signUps = new AtomicInteger();
    private CreatedClient victim;

    /** The database URL; null: the embedded H2 database. */
    String databaseUrl() {
        return null;
    }

    /** Whether only metered routes (under {@code /api/}) are sent through the variants. */
    boolean onlyMeteredRoutes() {
        return false;
    }

    @BeforeEach
    void serve() throws IOException {
        served = ServedVigint.start(cwd, databaseUrl(), Map.of());
        victim = served.createClient("Victim");
    }

    @AfterEach
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @Test
    void everyRouteDecidesEveryPathVariantAsItsCanonicalPath() throws Exception {
        List<Route> routes = routes();
        assertThat(routes)
                .as("the resource model was read")
                .contains(
                        new Route("GET", "/admin/v1/clients"),
                        new Route("GET", "/admin/clients"),
                        new Route("POST", "/admin/clients/{id}/revoke"),
                        new Route("POST", "/admin/v1/clients/{id}/keys"),
                        new Route("POST", "/api/v1/clients"),
                        new Route("POST", "/api/video/analyze"),
                        new Route("GET", "/metrics"),
                        new Route("GET", "/video/{id}"));
        if (onlyMeteredRoutes()) {
            routes = routes.stream()
                    .filter(r -> r.template().startsWith("/api/"))
                    .toList();
        }
        Set<String> templates = new TreeSet<>();
        routes.forEach(r -> templates.add(r.template()));
        SoftAssertions softly = new SoftAssertions();
        int sent = 0;
        for (Route route : routes) {
            String canonical = concrete(route.template());
            for (boolean withKey : new boolean[] {false, true}) {
                Outcome expected = send(route, canonical, withKey);
                sent++;
                if (route.template().startsWith("/admin/") || route.template().equals("/metrics")) {
                    softly.assertThat(expected.decision())
                            .as("%s %s %s needs the operator key", route.method(), canonical, who(withKey))
                            .isEqualTo("401 ADMIN_KEY_REQUIRED");
                }
                if (route.equals(new Route("POST", "/api/v1/clients"))) {
                    softly.assertThat(expected.decision())
                            .as("sign-up is closed")
                            .isEqualTo(withKey ? "403 SIGN_UP_DISABLED" : "401 ADMIN_KEY_REQUIRED");
                }
                softly.assertThat(UNMATCHED)
                        .as("the canonical %s %s is a route", route.method(), canonical)
                        .doesNotContain(expected.decision());
                for (String variant : variants(canonical)) {
                    Outcome actual = send(route, variant, withKey);
                    sent++;
                    String what = route.method() + " " + variant + " " + who(withKey) + " (canonical " + canonical
                            + ": " + expected + ")";
                    if (actual.decision().equals(expected.decision())) {
                        softly.assertThat(actual.usage()).as(what + ": usage").isEqualTo(expected.usage());
                    } else if (actual.noRoute(route.method())) {
                        softly.assertThat(actual.usage())
                                .as(what + " is no route: at most the 404 of a path parameter Jersey could not convert")
                                .allSatisfy(u -> assertThat(u).matches(route.method() + " /\\S* 404"))
                                .hasSizeLessThanOrEqualTo(1);
                    } else {
                        if (actual.refusedForCredential()) {
                            softly.fail(what + " was answered " + actual
                                    + ": another credential rule than the canonical path");
                        } else if (expected.refusedForCredential()) {
                            softly.fail(what + " was answered " + actual
                                    + ": let through where the canonical path is refused");
                        }
                        if (withKey && route.template().startsWith("/api/")) {
                            softly.assertThat(actual.usage())
                                    .as(what + " was answered " + actual + " by a resource: exactly one usage record")
                                    .hasSize(1)
                                    .allMatch(u -> templates.contains(u.split(" ")[1]) && u.startsWith(route.method()));
                        } else {
                            softly.assertThat(actual.usage())
                                    .as(what + ": usage")
                                    .isEmpty();
                        }
                    }
                }
            }
        }
        softly.assertThat(
                        served.injector().getInstance(ListClientsUseCase.class).listClients())
                .extracting(c -> c.client().name())
                .as("no client was signed up over HTTP (probes may delete themselves, DELETE /api/v1/clients/me)")
                .allMatch(name -> name.equals("Victim") || name.startsWith("Probe"))
                .contains("Victim")
                .hasSizeLessThanOrEqualTo(1 + clients.get());
        softly.assertThat(served.injector()
                        .getInstance(ListApiKeysUseCase.class)
                        .listApiKeys(victim.client().id()))
                .as("nobody issued, revoked or rotated the victim's keys")
                .extracting(k -> k.status().name())
                .containsExactly("ACTIVE");
        System.out.printf("%d requests over %d routes%n", sent, routes.size());
        softly.assertAll();
    }

    @Test
    void aMatrixVariantOfAnalyzeIsBilledOnceAtTheCanonicalEndpoint() throws Exception {
        Route analyze = new Route("POST", "/api/video/analyze");
        for (String path : List.of(
                "/api/video/analyze",
                "/api;x/video/analyze",
                "/api/video;x/analyze",
                "/api/video/analyze;x",
                "//api/video/analyze",
                "/api/./video/analyze",
                "/x/../api/video/analyze",
                "/api/video/analyze/")) {
            CreatedClient client = newClient();
            served.bufferBatch(
                    client,
                    "yard",
                    SyntheticScenes.moving(
                            6, 30, 10, FrameFormat.JPEG, Instant.now().minusSeconds(3), 1));
            Outcome outcome = send(analyze, path, client, "{\"source_id\":\"yard\"}");

            if (outcome.unmatched()) {
                assertThat(outcome.usage())
                        .as(path + ": nothing billed (the batch is frame ingest, counted per minute, not a record)")
                        .isEmpty();
                continue;
            }
            assertThat(outcome.status()).as(path + " " + outcome).isEqualTo(200);
            List<UsageEntry> records = usage(client).stream()
                    .filter(e -> !e.record().endpoint().equals("/api/video/buffer/batch"))
                    .toList();
            assertThat(records).as(path).singleElement().satisfies(entry -> {
                assertThat(entry.record().endpoint()).isEqualTo("/api/video/analyze");
                assertThat(entry.record().cost().amount()).isEqualByComparingTo("0.05");
            });
        }
    }

    @Test
    void theReportedAttacksAreRefused() throws Exception {
        CreatedClient attacker = newClient();
        long victimId = victim.client().id().value();
        int before = served.injector()
                .getInstance(ListClientsUseCase.class)
                .listClients()
                .size();

        assertThat(send("GET", "/admin;x/v1/clients", attacker, null).decision())
                .isEqualTo("401 ADMIN_KEY_REQUIRED");
        assertThat(send("GET", "/admin/v1;x/clients", attacker, null).decision())
                .isEqualTo("401 ADMIN_KEY_REQUIRED");
        assertThat(send("POST", "/admin;x/v1/clients/" + victimId + "/keys", attacker, "{}")
                        .decision())
                .isEqualTo("401 ADMIN_KEY_REQUIRED");
        assertThat(send("DELETE", "/admin;x/v1/clients/" + victimId + "?confirm=Victim", attacker, null)
                        .decision())
                .isEqualTo("401 ADMIN_KEY_REQUIRED");
        // Issue 12: the original's operator routes, aliases of /admin/v1, under the same spellings: the operator
        // key is required wherever Jersey routes the spelling to them, and the others reach no route.
        for (String path : List.of("/admin;x/clients", "/admin/clients;x", "/admin;x/clients;y")) {
            assertThat(send("GET", path, attacker, null).decision()).as(path).isEqualTo("401 ADMIN_KEY_REQUIRED");
            assertThat(send("POST", path, attacker, "{\"name\":\"Evil\",\"email\":\"evil@example.com\"}")
                            .decision())
                    .as(path)
                    .isEqualTo("401 ADMIN_KEY_REQUIRED");
        }
        for (String path : List.of("//admin/clients", "/admin/%63lients", "/x/../admin/clients", "/admin/clients/")) {
            for (String method : List.of("GET", "POST")) {
                Outcome outcome = send(
                        method,
                        path,
                        attacker,
                        method.equals("GET") ? null : "{\"name\":\"Evil\",\"email\":\"e@x.io\"}");
                assertThat(outcome.decision().equals("401 ADMIN_KEY_REQUIRED") || outcome.noRoute(method))
                        .as(method + " " + path + ": " + outcome)
                        .isTrue();
            }
        }
        for (String path : List.of(
                "/admin;x/clients/" + victimId + "/revoke",
                "/admin/clients;x/" + victimId + "/revoke",
                "/admin/clients/" + victimId + ";x/revoke",
                "/admin/clients/" + victimId + "/revoke;x")) {
            assertThat(send("POST", path, attacker, "{}").decision()).as(path).isEqualTo("401 ADMIN_KEY_REQUIRED");
        }
        Map<String, String> asOperator = Map.of("X-Admin-Key", victim.apiKey().plainText());
        assertThat(raw("POST", "/admin;x/clients/" + victimId + "/revoke", asOperator, "{}")
                        .decision())
                .as("a client key sent as the operator key")
                .isEqualTo("401 INVALID_ADMIN_KEY");
        assertThat(send("POST", "/api/v1/clients;x", attacker, "{\"name\":\"Evil\",\"email\":\"evil@example.com\"}")
                        .decision())
                .isEqualTo("403 SIGN_UP_DISABLED");
        assertThat(send("POST", "/api/v1/clients;x", null, "{\"name\":\"Evil\",\"email\":\"evil@example.com\"}")
                        .decision())
                .isEqualTo("401 ADMIN_KEY_REQUIRED");
        assertThat(served.injector().getInstance(ListClientsUseCase.class).listClients())
                .hasSize(before);
        assertThat(served.injector()
                        .getInstance(ListApiKeysUseCase.class)
                        .listApiKeys(victim.client().id()))
                .hasSize(1);
    }

    @Test
    void aFrameRouteKeepsItsLargerBodyLimitUnderAnySpellingAndNoOtherRouteGetsIt() throws Exception {
        byte[] noise = new byte[1_200_000];
        new java.util.Random(7).nextBytes(noise);
        String frame = "{\"frame_data\":\"" + java.util.Base64.getEncoder().encodeToString(noise) + "\"}";
        assertThat(frame.length()).isGreaterThan(1024 * 1024);

        for (String path : List.of("/api/video/buffer", "/api/video/buffer;x", "/api;x/video/buffer")) {
            assertThat(send("POST", path, newClient(), frame).decision())
                    .as(path + ": the frame route's limit, so the frame itself is judged")
                    .isEqualTo("400 INVALID_FRAME");
        }
        for (String path : List.of("/api/v1/keys", "/api/v1/keys;x", "/api;x/v1/keys")) {
            assertThat(send("POST", path, newClient(), frame).decision())
                    .as(path + ": the server's limit")
                    .isEqualTo("413 PAYLOAD_TOO_LARGE");
        }
    }

    @Test
    void metricsNeedTheOperatorKey() throws Exception {
        String operatorKey = served.injector()
                .getInstance(OperatorKeysUseCase.class)
                .createOperatorKey("scraper")
                .plainText();

        assertThat(send("GET", "/metrics", null, null).decision()).isEqualTo("401 ADMIN_KEY_REQUIRED");
        assertThat(send("GET", "/metrics", newClient(), null).decision()).isEqualTo("401 ADMIN_KEY_REQUIRED");
        assertThat(send("GET", "/metrics;x", newClient(), null).decision()).isEqualTo("401 ADMIN_KEY_REQUIRED");
        Outcome scraped = raw("GET", "/metrics", Map.of("X-Admin-Key", operatorKey), null);
        assertThat(scraped.status()).isEqualTo(200);
        assertThat(scraped.body()).contains("http_server_requests_seconds_count");
    }

    // ---------------------------------------------------------------- routes and variants

    record Route(String method, String template) implements Comparable<Route> {
        @Override
        public int compareTo(Route other) {
            int byTemplate = template.compareTo(other.template);
            return byTemplate != 0 ? byTemplate : method.compareTo(other.method);
        }
    }

    /** Every resource method of the components {@code serve} registers, as method and full template. */
    private List<Route> routes() {
        Set<Object> components = served.injector()
                .getInstance(Key.get(new TypeLiteral<Set<Object>>() {}, Names.named(HttpModule.JERSEY_COMPONENTS)));
        Set<Route> routes = new TreeSet<>();
        for (Object component : components) {
            Class<?> type = component instanceof Class<?> c ? c : component.getClass();
            if (type.isAnnotationPresent(Path.class)) {
                collect(Resource.from(type), "", routes);
            }
        }
        return new ArrayList<>(routes);
    }

    private static void collect(Resource resource, String prefix, Set<Route> routes) {
        String path = join(prefix, resource.getPath());
        assertThat(resource.getResourceLocator())
                .as("sub-resource locators are not enumerated; extend this test")
                .isNull();
        for (ResourceMethod method : resource.getResourceMethods()) {
            routes.add(new Route(method.getHttpMethod(), path));
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, routes);
        }
    }

    private static String join(String prefix, String path) {
        String part = path == null ? "" : path.replaceAll("^/+|/+$", "");
        if (part.isEmpty()) {
            return prefix.isEmpty() ? "/" : prefix;
        }
        return (prefix.equals("/") ? "" : prefix) + "/" + part;
    }

    /** The template with its parameters filled in: the victim's ids, so that a wrong decision does harm. */
    private String concrete(String template) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value =
                    switch (m.group(1)) {
                        case "id" ->
                            template.contains("/clients/{id}")
                                    ? Long.toString(victim.client().id().value())
                                    : template.startsWith("/video/")
                                            ? "AAAAAAAAAAAAAAAAAAAAAA"
                                            : Long.toString(
                                                    victim.apiKey().key().id().value());
                        case "keyId" -> Long.toString(victim.apiKey().key().id().value());
                        default -> "VIGINT-2000-0001";
                    };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Spellings of {@code path} (absolute, no query) that a server might route like it. */
    static Set<String> variants(String path) {
        List<String> segments = List.of(path.substring(1).split("/", -1));
        Set<String> variants = new LinkedHashSet<>();
        int n = segments.size();
        for (int i = 0; i < n; i++) {
            String s = segments.get(i);
            variants.add(replace(segments, i, s + ";x"));
            variants.add(replace(segments, i, s + ";x=1;y=2"));
            variants.add(replace(segments, i, s + "%3Bx"));
            variants.add(replace(segments, i, s + "%3bx"));
            variants.add(replace(segments, i, escapeOne(s, true)));
            variants.add(replace(segments, i, escapeOne(s, false)));
            variants.add(insert(segments, i, ""));
            variants.add(insert(segments, i, "."));
            variants.add(insert(segments, i, "%2e"));
            variants.add(insert(segments, i, "x", ".."));
            variants.add(insert(segments, i, "x", "%2E%2E"));
            variants.add(insert(segments, i, ";x"));
        }
        for (int i = 1; i < n; i++) {
            List<String> joined = new ArrayList<>(segments.subList(0, i - 1));
            joined.add(segments.get(i - 1) + "%2F" + segments.get(i));
            joined.addAll(segments.subList(i + 1, n));
            variants.add("/" + String.join("/", joined));
            joined.set(i - 1, segments.get(i - 1) + "%2f" + segments.get(i));
            variants.add("/" + String.join("/", joined));
        }
        variants.add("/" + String.join(";x/", segments) + ";x");
        variants.add(path + "/");
        variants.add(path + "//");
        variants.add(path + "/.");
        variants.add(path + ";x/");
        variants.add(path + "/;x");
        variants.add(path + "/x/..");
        variants.remove(path);
        return variants;
    }

    private static String replace(List<String> segments, int index, String segment) {
        List<String> copy = new ArrayList<>(segments);
        copy.set(index, segment);
        return "/" + String.join("/", copy);
    }

    private static String insert(List<String> segments, int index, String... extra) {
        List<String> copy = new ArrayList<>(segments);
        copy.addAll(index, List.of(extra));
        return "/" + String.join("/", copy);
    }

    /** {@code segment} with one character percent-encoded (one whose escape has a hex letter, if any). */
    static String escapeOne(String segment, boolean upper) {
        if (segment.isEmpty()) {
            return segment;
        }
        int at = 0;
        for (int i = 0; i < segment.length(); i++) {
            if (String.format("%02x", (int) segment.charAt(i)).matches(".*[a-f].*")) {
                at = i;
                break;
            }
        }
        String hex = String.format("%02x", (int) segment.charAt(at));
        hex = upper ? hex.toUpperCase(Locale.ROOT) : hex;
        return segment.substring(0, at) + "%" + hex + segment.substring(at + 1);
    }

    // ---------------------------------------------------------------- requests

    record Outcome(int status, String code, String body, List<String> usage) {
        String decision() {
            return status < 300 ? Integer.toString(status) : status + " " + code;
        }

        /**
         * No route (or method) matched: 404 {@code NOT_FOUND}, 405, or, for HEAD (no body to tell), any 404 or
         * 405. Jersey also answers 404 {@code NOT_FOUND} for a matched route whose path parameter it cannot
         * convert ({@code /api/v1/keys/1;x}), after the filters ran.
         */
        boolean noRoute(String method) {
            return UNMATCHED.contains(decision()) || ("HEAD".equals(method) && (status == 404 || status == 405));
        }

        /** Refused for the credential (missing, wrong, or not enough). */
        boolean refusedForCredential() {
            return CREDENTIAL_REFUSALS.contains(code);
        }

        /** Answered without reaching any resource (the analyze test's variants). */
        boolean unmatched() {
            return noRoute("POST");
        }

        @Override
        public String toString() {
            return decision() + (usage.isEmpty() ? "" : " usage " + usage);
        }
    }

    private static String who(boolean withKey) {
        return withKey ? "with a client key" : "without a credential";
    }

    private CreatedClient newClient() {
        return served.createClient("Probe" + clients.incrementAndGet());
    }

    /** Sends {@code route}'s method to {@code path}, as a new client or without a credential. */
    private Outcome send(Route route, String path, boolean withKey) throws IOException {
        CreatedClient client = withKey ? newClient() : null;
        String body = null;
        if (BODY_METHODS.contains(route.method())) {
            body = route.template().equals("/api/v1/clients")
                            || route.template().equals("/admin/v1/clients")
                            || route.template().equals("/admin/clients")
                    ? "{\"name\":\"Evil" + signUps.incrementAndGet() + "\",\"email\":\"evil" + signUps.get()
                            + "@example.com\"}"
                    : "{}";
        }
        return send(route.method(), path, client, body);
    }

    private Outcome send(Route route, String path, CreatedClient client, String body) throws IOException {
        return send(route.method(), path, client, body);
    }

    private Outcome send(String method, String path, CreatedClient client, String body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        if (client != null) {
            headers.put("X-API-Key", client.apiKey().plainText());
        }
        Outcome outcome = raw(method, path, headers, body);
        if (client == null) {
            return outcome;
        }
        List<String> usage = usage(client).stream()
                .map(e -> e.record().method() + " " + e.record().endpoint() + " "
                        + e.record().statusCode())
                .toList();
        return new Outcome(outcome.status(), outcome.code(), outcome.body(), usage);
    }

    private List<UsageEntry> usage(CreatedClient client) {
        return served.injector()
                .getInstance(UsageReportUseCase.class)
                .latest(client.client().id(), client.apiKey().key().id());
    }

    /** One HTTP/1.1 request over a fresh socket, the request target exactly as given. */
    private Outcome raw(String method, String target, Map<String, String> headers, String body) throws IOException {
        int port = served.server().port();
        byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder()
                .append(method)
                .append(' ')
                .append(target)
                .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
                .append(port)
                .append("\r\nConnection: close\r\n");
        headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            request.append("Content-Type: application/json\r\nContent-Length: ")
                    .append(payload.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        byte[] response;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            InputStream in = socket.getInputStream();
            response = in.readAllBytes();
        }
        return parse(method, response);
    }

    private static Outcome parse(String method, byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        assertThat(headEnd).as("a whole HTTP response: " + text).isPositive();
        String[] head = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        boolean chunked = false;
        for (String header : head) {
            if (header.toLowerCase(Locale.ROOT).matches("transfer-encoding:\\s*chunked\\s*")) {
                chunked = true;
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(response, headEnd + 4, response.length);
        String body = new String(chunked ? dechunk(rest) : rest, StandardCharsets.UTF_8);
        String code = "no-envelope";
        if (!"HEAD".equals(method) && body.startsWith("{")) {
            JsonNode error = JSON.readTree(body).path("error").path("code");
            if (error.isTextual()) {
                code = error.asText();
            }
        }
        return new Outcome(status, code, body, List.of());
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
