package io.vigint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {
    private static final byte[] MASTER = new byte[32];
    private static final byte[] OTHER_MASTER = new byte[32];

    static {
        for (int i = 0; i < 32; i++) {
            MASTER[i] = (byte) i;
            OTHER_MASTER[i] = (byte) (i + 1);
        }
    }

    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(MASTER);

    @Test
    void sealedValueIsPrintableVersionedAndDecryptsToThePlainText() {
        String sealed = cipher.encrypt("smtp-pässword ✓");

        assertThat(sealed).startsWith("v1:").matches("v1:[A-Za-z0-9_-]+").doesNotContain("pässword");
        assertThat(cipher.decrypt(sealed)).isEqualTo("smtp-pässword ✓");
        assertThat(new AesGcmSecretCipher(MASTER.clone()).decrypt(sealed)).isEqualTo("smtp-pässword ✓");
    }

    @Test
    void everyEncryptionUsesAFreshNonce() {
        String first = cipher.encrypt("same");
        String second = cipher.encrypt("same");

        assertThat(first).isNotEqualTo(second);
        byte[] a = Base64.getUrlDecoder().decode(first.substring(3));
        byte[] b = Base64.getUrlDecoder().decode(second.substring(3));
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
        assertThat(a).hasSize(12 + 4 + 16);
    }

    @Test
    void anyFlippedBitIsDetected() {
        String sealed = cipher.encrypt("DE89370400440532013000");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        for (int i = 0; i < bytes.length; i++) {
            byte[] tampered = bytes.clone();
            tampered[i] ^= 0x01;
            String value = "v1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertThatThrownBy(() -> cipher.decrypt(value))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("tampered");
        }
    }

    @Test
    void valueSealedUnderAnotherMasterKeyIsRefused() {
        String sealed = new AesGcmSecretCipher(OTHER_MASTER).encrypt("secret");

        assertThatThrownBy(() -> cipher.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void malformedValuesAreRefusedWithoutLeakingThem() {
        assertThatThrownBy(() -> cipher.decrypt("plain-text-password"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("plain-text-password");
        assertThatThrownBy(() -> cipher.decrypt("v1:***")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shortMasterKeysAreRejected() {
        assertThatThrownBy(() -> new AesGcmSecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.toString()).doesNotContain("00010203");
    }

    /** RFC 5869, appendix A.1 (test case 1). */
    @Test
    void hkdfMatchesTheRfc5869KnownAnswer() {
        HexFormat hex = HexFormat.of();
        byte[] ikm = hex.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        byte[] salt = hex.parseHex("000102030405060708090a0b0c");
        byte[] info = hex.parseHex("f0f1f2f3f4f5f6f7f8f9");

        byte[] okm = AesGcmSecretCipher.hkdfSha256(salt, ikm, info, 42);

        assertThat(hex.formatHex(okm))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }
}
