package io.vigint.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.port.RandomSource;
import org.junit.jupiter.api.Test;

class KeyDigestTest {
    @Test
    void isTheKeyHashInFourWords() {
        for (int i = 0; i < 100; i++) {
            String plain = ApiKeyFormat.generate(RandomSource.secure());
            KeyHash hash = KeyHash.of(plain);

            KeyDigest digest = KeyDigest.of(plain);

            assertThat(digest.hash()).isEqualTo(hash);
            assertThat(KeyDigest.of(hash)).isEqualTo(digest);
            assertThat(KeyDigest.of(hash).hashCode()).isEqualTo(digest.hashCode());
        }
    }

    @Test
    void readsTheHashBigEndianFirstWordFirst() {
        KeyHash hash = new KeyHash("0123456789abcdef" + "fedcba9876543210" + "0000000000000001" + "8000000000000000");

        KeyDigest digest = KeyDigest.of(hash);

        assertThat(digest).isEqualTo(new KeyDigest(0x0123456789abcdefL, 0xfedcba9876543210L, 1L, Long.MIN_VALUE));
        assertThat(digest.hash()).isEqualTo(hash);
    }

    @Test
    void differsWhenAnyWordDiffers() {
        KeyDigest digest = new KeyDigest(1, 2, 3, 4);

        assertThat(digest).isEqualTo(new KeyDigest(1, 2, 3, 4));
        assertThat(digest).isNotEqualTo(new KeyDigest(0, 2, 3, 4));
        assertThat(digest).isNotEqualTo(new KeyDigest(1, 0, 3, 4));
        assertThat(digest).isNotEqualTo(new KeyDigest(1, 2, 0, 4));
        assertThat(digest).isNotEqualTo(new KeyDigest(1, 2, 3, 0));
    }
}
