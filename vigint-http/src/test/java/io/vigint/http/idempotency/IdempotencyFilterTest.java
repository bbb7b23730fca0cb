package io.vigint.http.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdempotencyFilterTest {
    @Test
    void keysAreOneTo255PrintableAsciiCharacters() {
        assertThat(IdempotencyFilter.validKey("a")).isTrue();
        assertThat(IdempotencyFilter.validKey("order 42/retry#1 ~!")).isTrue();
        assertThat(IdempotencyFilter.validKey("x".repeat(255))).isTrue();

        assertThat(IdempotencyFilter.validKey("")).isFalse();
        assertThat(IdempotencyFilter.validKey("x".repeat(256))).isFalse();
        assertThat(IdempotencyFilter.validKey("tab\there")).isFalse();
        assertThat(IdempotencyFilter.validKey("ключ")).isFalse();
        assertThat(IdempotencyFilter.validKey("del\u007f")).isFalse();
    }
}
