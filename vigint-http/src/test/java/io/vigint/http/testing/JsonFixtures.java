package io.vigint.http.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compares a response body with a JSON fixture in {@code src/test/resources/fixtures}: the same field
 * names at every level (no more, no fewer), the same values, except where the fixture holds a placeholder
 * for a value that differs per run: {@code "<api_key>"}, {@code "<prefix>"}, {@code "<operator_key>"},
 * {@code "<token>"}, {@code "<uuid>"}, {@code "<timestamp>"}, {@code "<any>"}.
 */
public final class JsonFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Pattern> PLACEHOLDERS = Map.of(
            "<api_key>", Pattern.compile("^vgt_[A-Za-z0-9_-]{43}$"),
            "<prefix>", Pattern.compile("^vgt_[A-Za-z0-9_-]{8}$"),
            "<token>", Pattern.compile("^\\S{10,}$"),
            "<uuid>", Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
            "<timestamp>", Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"),
            "<any>", Pattern.compile("(?s).*"));

    private JsonFixtures() {}

    /** Asserts {@code body} matches the fixture {@code name} (without {@code .json}). */
    public static void assertMatchesFixture(String name, String body) {
        JsonNode expected = load(name);
        JsonNode actual;
        try {
            actual = JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("response is not JSON: " + body, e);
        }
        List<String> problems = new ArrayList<>();
        compare("$", expected, actual, problems);
        assertThat(problems).as("differences from fixture %s in %s", name, body).isEmpty();
    }

    private static JsonNode load(String name) {
        String resource = "/fixtures/" + name + ".json";
        try (InputStream in = JsonFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no fixture " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError("unreadable fixture " + resource, e);
        }
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> problems) {
        if (expected.isTextual() && PLACEHOLDERS.containsKey(expected.asText())) {
            if (!actual.isTextual()
                    || !PLACEHOLDERS
                            .get(expected.asText())
                            .matcher(actual.asText())
                            .matches()) {
                problems.add(path + ": expected " + expected.asText() + ", got " + actual);
            }
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                problems.add(path + ": expected an object, got " + actual);
                return;
            }
            List<String> expectedNames = names(expected);
            List<String> actualNames = names(actual);
            if (!new java.util.HashSet<>(expectedNames).equals(new java.util.HashSet<>(actualNames))) {
                problems.add(path + ": fields " + actualNames + ", expected " + expectedNames);
                return;
            }
            for (String field : expectedNames) {
                compare(path + "." + field, expected.get(field), actual.get(field), problems);
            }
            return;
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                problems.add(path + ": expected an array of " + expected.size() + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
            }
            return;
        }
        if (!expected.equals(actual)) {
            problems.add(path + ": expected " + expected + ", got " + actual);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
