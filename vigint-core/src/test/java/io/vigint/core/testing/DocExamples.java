package io.vigint.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles and runs the Java examples of a Markdown document, so documentation cannot drift from the
 * code. An example is a {@code ```java} block whose first line is {@code // Example: ClassName}; the
 * {@code ```text} block right after it (if any) is the output its {@code main} must print.
 */
public final class DocExamples {
    private static final Pattern BLOCK =
            Pattern.compile("```java\\n(// Example: (\\w+)\\n.*?)```(?:\\s*```text\\n(.*?)```)?", Pattern.DOTALL);

    /** One example: its class name, source and expected output ({@code null} when not given). */
    public record Example(String className, String source, String expectedOutput) {}

    private DocExamples() {}

    /** Finds the repository file {@code relative} from the working directory or one of its parents. */
    public static Path repositoryFile(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                relative + " not found above " + Path.of("").toAbsolutePath());
    }

    /** The examples of a Markdown file, in document order. */
    public static List<Example> examples(Path markdown) throws IOException {
        String text = Files.readString(markdown);
        Matcher m = BLOCK.matcher(text);
        List<Example> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new Example(m.group(2), m.group(1), m.group(3)));
        }
        return examples;
    }

    /**
     * Compiles {@code example} against the test class path into {@code workDir}, runs its
     * {@code main(args)} and returns what it printed.
     */
    public static String compileAndRun(Example example, Path workDir, String... args) throws Exception {
        Path sources = Files.createDirectories(workDir.resolve("src"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        Path file = sources.resolve(example.className() + ".java");
        Files.writeString(file, example.source());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(
                null,
                diagnostics,
                diagnostics,
                "-classpath",
                testClassPath(),
                "-d",
                classes.toString(),
                file.toString());
        if (status != 0) {
            throw new AssertionError("example " + example.className() + " does not compile:\n" + diagnostics);
        }
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocExamples.class.getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass(example.className())
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw new AssertionError("example " + example.className() + " failed", e.getCause());
        } finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    /**
     * True if {@code actual} is {@code expected} line for line, where {@code …} in an expected line
     * stands for any text (used for random keys).
     */
    public static boolean outputMatches(String expected, String actual) {
        StringBuilder regex = new StringBuilder();
        String[] parts = expected.strip().split("…", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append("[^\\n]*");
            }
            regex.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString())
                .matcher(actual.strip().replace("\r\n", "\n"))
                .matches();
    }

    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
