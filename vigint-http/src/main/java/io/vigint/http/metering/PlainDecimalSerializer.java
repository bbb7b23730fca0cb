package io.vigint.http.metering;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Writes an amount as a plain JSON number without trailing zeros: {@code 0.05}, {@code 0}, {@code 12.5},
 * {@code 0.000001} (never {@code 1E-6} or {@code 0.050000}).
 */
final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;

    PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(plain(value));
    }

    /** The amount without trailing zeros, in plain notation. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
