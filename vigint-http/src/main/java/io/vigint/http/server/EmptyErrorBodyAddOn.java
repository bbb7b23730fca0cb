package io.vigint.http.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.error.HttpErrorCode;
import io.vigint.http.json.JsonMapperProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Gives the error envelope to the 400 that Grizzly's HTTP codec sends by itself when it cannot parse a
 * request's headers (a {@code Content-Length: -1}, say): that answer never reaches Jersey or the {@link
 * JsonErrorPageGenerator} and has an empty body. A filter between the transport and the codec rewrites an
 * outgoing {@code 400} head whose {@code Content-Length} is 0 (no answer of Vigint's own is empty) into
 * the same head with the JSON envelope {@code MALFORMED_REQUEST} and {@code X-Content-Type-Options:
 * nosniff}. Every other write passes unchanged.
 */
final class EmptyErrorBodyAddOn implements AddOn {
    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        if (codec < 0) {
            throw new IllegalStateException("no HTTP codec filter in the listener's filter chain");
        }
        builder.add(codec, new EnvelopeFilter());
    }

    static final class EnvelopeFilter extends BaseFilter {
        private static final String EMPTY_LENGTH = "\r\ncontent-length: 0\r\n";
        private static final byte[] BODY = body();

        @Override
        public NextAction handleWrite(FilterChainContext ctx) throws IOException {
            if (ctx.getMessage() instanceof Buffer buffer && isEmpty400(buffer)) {
                String head = buffer.toStringContent(StandardCharsets.ISO_8859_1);
                int end = head.indexOf("\r\n\r\n");
                int length = head.toLowerCase(java.util.Locale.ROOT).indexOf(EMPTY_LENGTH);
                String rewritten = head.substring(0, length)
                        + "\r\nContent-Length: " + BODY.length
                        + "\r\nContent-Type: application/json"
                        + "\r\nX-Content-Type-Options: nosniff\r\n"
                        + head.substring(length + EMPTY_LENGTH.length(), end + 4);
                byte[] headBytes = rewritten.getBytes(StandardCharsets.ISO_8859_1);
                byte[] all = new byte[headBytes.length + BODY.length];
                System.arraycopy(headBytes, 0, all, 0, headBytes.length);
                System.arraycopy(BODY, 0, all, headBytes.length, BODY.length);
                ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), all));
                buffer.tryDispose();
            }
            return ctx.getInvokeAction();
        }

        /** A whole {@code HTTP/1.x 400} head with {@code Content-Length: 0} and nothing after it. */
        private static boolean isEmpty400(Buffer buffer) {
            int size = buffer.remaining();
            if (size < 16 || size > 8192) {
                return false;
            }
            String head = buffer.toStringContent(StandardCharsets.ISO_8859_1);
            if (!(head.startsWith("HTTP/1.1 400") || head.startsWith("HTTP/1.0 400"))) {
                return false;
            }
            int end = head.indexOf("\r\n\r\n");
            if (end < 0 || end + 4 != head.length()) {
                return false;
            }
            int length = head.toLowerCase(java.util.Locale.ROOT).indexOf(EMPTY_LENGTH);
            return length > 0 && length < end;
        }

        private static byte[] body() {
            try {
                return JsonMapperProvider.mapper()
                        .writeValueAsBytes(ErrorEnvelope.body(
                                HttpErrorCode.MALFORMED_REQUEST,
                                "The request's head is malformed (a header Vigint cannot parse, such as a"
                                        + " negative Content-Length)",
                                Map.of()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
