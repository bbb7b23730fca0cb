package io.vigint.cli.command.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.vigint.cli.CliContext;
import io.vigint.cli.command.OutputFormat;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * Prints views in the chosen format: as indented JSON through the one mapper of the CLI (snake_case
 * property names, instants as ISO-8601 UTC strings, decimals never in exponent form), or as their text.
 */
public final class Output {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new SimpleModule()
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(java.time.LocalDate.class, ToStringSerializer.instance))
            .build();

    private final PrintStream out;
    private final PrintStream err;
    private final OutputFormat format;

    public Output(PrintStream out, PrintStream err, OutputFormat format) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.format = Objects.requireNonNull(format, "format");
    }

    /** To the run's standard output (and error), in the format of its {@code --output}. */
    public static Output of(CliContext context) {
        return new Output(
                context.environment().out(),
                context.environment().err(),
                context.options().output());
    }

    /** Prints {@code view} as JSON or as text. */
    public void print(View view) {
        if (format == OutputFormat.TEXT) {
            view.printText(out);
            return;
        }
        try {
            out.println(JSON.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (view instanceof ShownOnce) {
            err.println(ShownOnce.WARNING);
        }
    }
}
