package io.vigint.http.video;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vigint.core.error.VigintException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON body carrying a video as base64 {@code video_data} (the original client's upload, compress and alert
 * bodies), read as a stream: the base64 is decoded while it is read, so a 64 MiB video never exists as an 86 MiB
 * string (which Jackson's default 20 M-character limit would refuse anyway). The other fields named when parsing
 * are kept as small JSON trees; any other field is skipped unread, as the original server ignored it.
 *
 * @param video the decoded {@code video_data}
 */
public record VideoJsonBody(byte[] video, Map<String, JsonNode> fields) {
    /** The field holding the video. */
    public static final String VIDEO_DATA = "video_data";

    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final ObjectMapper TREES = new ObjectMapper(JSON);
    /** The standard alphabet, padding optional, whitespace between groups skipped (Python's b64encode output). */
    private static final Base64Variant BASE64 = Base64Variants.MIME_NO_LINEFEEDS.withPaddingAllowed();

    /**
     * Reads {@code body}: one JSON object with a non-empty base64 {@code video_data}, keeping the fields
     * {@code kept}.
     *
     * @throws VigintException 400 {@code VALIDATION_FAILED} for a missing, empty, non-string or malformed {@code
     *     video_data} or a body that is not one JSON object
     */
    public static VideoJsonBody parse(InputStream body, Set<String> kept) throws IOException {
        if (body == null) {
            throw missingVideo();
        }
        byte[] video = null;
        Map<String, JsonNode> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw missingVideo();
            }
            if (first != JsonToken.START_OBJECT) {
                throw VigintException.invalid("body", "the body must be a JSON object with video_data");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(VIDEO_DATA)) {
                    video = value == JsonToken.VALUE_NULL ? null : base64(parser, value);
                } else if (kept.contains(name)) {
                    fields.put(name, TREES.readTree(parser));
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw VigintException.invalid("body", "the body must be one JSON object");
            }
        }
        if (video == null || video.length == 0) {
            throw missingVideo();
        }
        return new VideoJsonBody(video, Map.copyOf(fields));
    }

    /** Field {@code name}, if it was sent and is not {@code null}. */
    public Optional<JsonNode> field(String name) {
        return Optional.ofNullable(fields.get(name)).filter(node -> !node.isNull());
    }

    /**
     * Text field {@code name}, or null if absent or {@code null}.
     *
     * @throws VigintException 400 {@code VALIDATION_FAILED} if it is not a string
     */
    public String text(String name) {
        Optional<JsonNode> value = field(name);
        if (value.isPresent() && !value.get().isTextual()) {
            throw VigintException.invalid(name, name + " must be a string");
        }
        return value.map(JsonNode::asText).orElse(null);
    }

    /**
     * Number field {@code name}, or null if absent or {@code null}.
     *
     * @throws VigintException 400 {@code VALIDATION_FAILED} if it is not a number
     */
    public Double number(String name) {
        Optional<JsonNode> value = field(name);
        if (value.isPresent() && !value.get().isNumber()) {
            throw VigintException.invalid(name, name + " must be a number");
        }
        return value.map(JsonNode::asDouble).orElse(null);
    }

    private static byte[] base64(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw VigintException.invalid(VIDEO_DATA, "video_data must be the MP4 file in base64, as a string");
        }
        try {
            return parser.getBinaryValue(BASE64);
        } catch (StreamReadException | IllegalArgumentException e) {
            throw VigintException.invalid(VIDEO_DATA, "video_data is not valid base64");
        }
    }

    private static VigintException missingVideo() {
        return VigintException.invalid(VIDEO_DATA, "video_data is required: the MP4 file, base64");
    }

    @Override
    public String toString() {
        return "VideoJsonBody[" + video.length + " bytes, fields " + fields.keySet() + "]";
    }
}
