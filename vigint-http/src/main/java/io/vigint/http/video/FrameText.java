package io.vigint.http.video;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * The base64 {@code frame_data} of a JSON frame body. The common case, plain standard base64 (the original
 * client's {@code base64.b64encode}), is decoded while the JSON is read, straight from the parser's characters into
 * one array, without a {@link String} of the text; anything else (a {@code data:} URL, line breaks, the URL-safe
 * alphabet, malformed text, a value that is not a string) is kept as the text and decoded later by {@link
 * FrameData#decode}, exactly as before. Both ways give the same bytes and the same errors.
 */
@JsonDeserialize(using = FrameText.Reader.class)
public final class FrameText {
    private final byte[] decoded;
    private final int encodedLength;
    private final String text;

    private FrameText(byte[] decoded, int encodedLength, String text) {
        this.decoded = decoded;
        this.encodedLength = encodedLength;
        this.text = text;
    }

    /** The text {@code text}, decoded later. */
    public static FrameText of(String text) {
        return text == null ? null : new FrameText(null, 0, text);
    }

    /**
     * The bytes of {@code frame} (field {@code field}), as {@link FrameData#decode} gives them.
     *
     * @throws io.vigint.core.error.VigintException as {@link FrameData#decode}
     */
    public static byte[] decode(FrameText frame, String field, int maxFrameBytes) {
        if (frame == null || frame.decoded == null) {
            return FrameData.decode(frame == null ? null : frame.text, field, maxFrameBytes);
        }
        if (frame.encodedLength > FrameData.maxEncodedLength(maxFrameBytes)) {
            throw io.vigint.core.video.FrameValidator.tooLarge(maxFrameBytes);
        }
        return frame.decoded;
    }

    @Override
    public String toString() {
        return decoded != null ? "FrameText[" + decoded.length + " bytes]" : "FrameText[" + text.length() + " chars]";
    }

    /** Decodes plain base64 from the parser's characters; leaves everything else to the String deserializer. */
    static final class Reader extends JsonDeserializer<FrameText> {
        @Override
        public FrameText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                int length = parser.getTextLength();
                byte[] bytes = StrictBase64.decode(parser.getTextCharacters(), parser.getTextOffset(), length);
                if (bytes != null) {
                    return new FrameText(bytes, length, null);
                }
            }
            // The API's String deserializer (coercions, lone-surrogate check, its errors), as for a String field.
            Object text = context.findRootValueDeserializer(context.constructType(String.class))
                    .deserialize(parser, context);
            return of((String) text);
        }
    }
}
