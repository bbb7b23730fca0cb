package io.vigint.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.testing.DocExamples;
import io.vigint.core.testing.DocExamples.Example;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-memory example of docs/embedding.md compiles, runs and prints what the page says. */
class EmbeddingDocTest {
    @Test
    void inMemoryExampleRunsAsDocumented(@TempDir Path work) throws Exception {
        Example example = DocExamples.examples(DocExamples.repositoryFile("docs/embedding.md")).stream()
                .filter(e -> e.className().equals("EmbeddedInMemory"))
                .findFirst()
                .orElseThrow();

        String output = DocExamples.compileAndRun(example, work);

        assertThat(example.expectedOutput()).isNotBlank();
        assertThat(DocExamples.outputMatches(example.expectedOutput(), output))
                .as("output was:%n%s", output)
                .isTrue();
    }

    @Test
    void outputMatchingTreatsTheEllipsisAsAnyTextWithinALine() {
        assertThat(DocExamples.outputMatches("key vgt_…\nok", "key vgt_abc\nok\n"))
                .isTrue();
        assertThat(DocExamples.outputMatches("key vgt_…\nok", "key vgt_abc\nnot ok"))
                .isFalse();
        assertThat(DocExamples.outputMatches("key vgt_…", "key vgt_a\nextra")).isFalse();
    }
}
