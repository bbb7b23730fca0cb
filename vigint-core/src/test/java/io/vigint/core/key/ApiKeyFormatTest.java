package io.vigint.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.port.RandomSource;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {
    @Test
    void keysCarry256RandomBitsBehindARecognisablePrefix() {
        String key = ApiKeyFormat.generate(RandomSource.secure());

        assertThat(key).startsWith("vgt_").hasSize(47).matches("vgt_[A-Za-z0-9_-]{43}");
        assertThat(ApiKeyFormat.isWellFormed(key)).isTrue();
        assertThat(ApiKeyFormat.displayPrefix(key)).isEqualTo(key.substring(0, 12));
    }

    @Test
    void everyByteOfRandomnessReachesTheKey() {
        byte[][] seen = new byte[1][];
        String zeros = ApiKeyFormat.generate(bytes -> seen[0] = bytes);
        String ones = ApiKeyFormat.generate(bytes -> java.util.Arrays.fill(bytes, (byte) 0xFF));

        assertThat(seen[0]).hasSize(32);
        assertThat(zeros).isEqualTo("vgt_" + "A".repeat(43));
        assertThat(ones).isEqualTo("vgt_" + "_".repeat(42) + "8");
    }

    @Test
    void generatedKeysDoNotRepeat() {
        RandomSource random = RandomSource.secure();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(ApiKeyFormat.generate(random));
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void malformedCandidatesAreRecognised() {
        assertThat(ApiKeyFormat.isWellFormed(null)).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("")).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("vgt_short")).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("sk_" + "a".repeat(44))).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("vgt_" + "a".repeat(42) + "=")).isFalse();
        assertThat(ApiKeyFormat.isWellFormed("vgt_" + "a".repeat(42) + " ")).isFalse();
    }

    @Test
    void hashIsSha256InLowerCaseHex() {
        assertThat(KeyHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aKeyHashIsExactly64LowerCaseHexDigits() {
        String valid = KeyHash.of("abc").hex();

        assertThat(new KeyHash(valid).hex()).isEqualTo(valid);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KeyHash(valid.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KeyHash(valid.substring(1)))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KeyHash(valid.substring(1) + "g"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
