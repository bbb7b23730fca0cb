package io.vigint.http.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import io.vigint.core.util.Checks;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Jackson's {@link String} deserializer, refusing a string that holds a lone UTF-16 surrogate (JSON
 * {@code "\ud800"}): 400 {@code VALIDATION_FAILED} naming the field ({@code frames[2].source_id}), before
 * any resource sees the value, so nothing half-valid can be stored (PostgreSQL would keep {@code ?}).
 */
final class WellFormedStringDeserializer extends StringDeserializer {
    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        if (value != null && Checks.hasLoneSurrogate(value)) {
            Checks.requireWellFormedUnicode(path(parser), value);
        }
        return value;
    }

    /** Where the parser is, as {@code a.b[2].c}; {@code "body"} at the top level. */
    private static String path(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", parts);
        if (path.startsWith(".")) {
            path = path.substring(1);
        }
        return path.isEmpty() ? "body" : path;
    }
}
