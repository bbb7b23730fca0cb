package io.vigint.http.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Takes secrets out of a JSON response before it is stored for idempotent replay (SPEC §3.5): every field
 * named {@code api_key} or {@code access_token}, at any depth, is replaced, in its place, by {@code
 * <name>_redacted: true}. A plain API key shown once to its creator is thus never written to the
 * database. Bodies that are not JSON, or hold no such field, are returned as they are. Thread-safe.
 */
final class SecretRedaction {
    /** The names of the fields that carry a secret in Vigint's responses. */
    static final Set<String> SECRET_FIELDS = Set.of("api_key", "access_token");

    private static final String SUFFIX = "_redacted";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretRedaction() {}

    /** {@code body} without its secrets, or {@code body} itself if it has none. */
    static byte[] redact(byte[] body, String contentType) {
        if (body.length == 0
                || contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (SECRET_FIELDS.stream().noneMatch(name -> text.contains("\"" + name + "\""))) {
            return body;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (IOException e) {
            return body;
        }
        if (tree == null) {
            return body;
        }
        try {
            return JSON.writeValueAsBytes(redacted(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree cannot be written back", e);
        }
    }

    private static JsonNode redacted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (SECRET_FIELDS.contains(field.getKey())) {
                    copy.put(field.getKey() + SUFFIX, true);
                } else {
                    copy.set(field.getKey(), redacted(field.getValue()));
                }
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(redacted(element)));
            return copy;
        }
        return node;
    }
}
