package io.vigint.http.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one JSON configuration of the API: snake_case field names, timestamps as ISO-8601 UTC to the
 * second ({@code "2026-01-01T00:00:00Z"}), unknown request fields refused, strings holding a lone UTF-16
 * surrogate refused (400 {@code VALIDATION_FAILED} naming the field).
 */
public final class JsonMapperProvider implements ContextResolver<ObjectMapper> {
    private static final ObjectMapper MAPPER = newObjectMapper();

    /** A mapper configured as the API's. */
    public static ObjectMapper newObjectMapper() {
        SimpleModule instants = new SimpleModule("vigint-instants");
        instants.addSerializer(Instant.class, new StdDelegatingSerializer(new InstantText()));
        instants.addDeserializer(String.class, new WellFormedStringDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(instants)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The shared mapper (thread-safe; do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }

    /** Formats an instant the way the API shows every timestamp. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An instant as the text {@link #format} makes of it, which Jackson then writes as a string. */
    private static final class InstantText extends StdConverter<Instant, String> {
        @Override
        public String convert(Instant value) {
            return format(value);
        }
    }
}
