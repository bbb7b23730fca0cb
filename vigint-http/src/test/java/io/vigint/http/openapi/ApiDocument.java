package io.vigint.http.openapi;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The document of the whole API: every resource class of {@code io.vigint.http}, as the full server registers them. */
final class ApiDocument {
    /** Where the document is written for the CI's lint step ({@code .ci/run}). */
    static final Path FILE = Path.of("target", "openapi.json");

    private ApiDocument() {}

    /** Every class of the HTTP module with {@code @Path} on it. */
    static List<Class<?>> resourceClasses() {
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .acceptPackages("io.vigint.http")
                .scan()) {
            return scan.getClassesWithAnnotation(jakarta.ws.rs.Path.class.getName()).stream()
                    .filter(c -> !c.getClasspathElementFile().getName().equals("test-classes"))
                    .<Class<?>>map(c -> c.loadClass())
                    .toList();
        }
    }

    /** The document's JSON, also written to {@link #FILE}. */
    static String json() {
        String json = OpenApiDocument.vigint("test").json(resourceClasses());
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json;
    }
}
