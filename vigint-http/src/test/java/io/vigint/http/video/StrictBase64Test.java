package io.vigint.http.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link StrictBase64} decodes exactly what {@link Base64#getDecoder()} decodes, or leaves the text alone. */
class StrictBase64Test {
    private static byte[] decode(String text) {
        char[] padded = ("xx" + text + "yy").toCharArray();
        return StrictBase64.decode(padded, 2, text.length());
    }

    @Test
    void plainBase64OfAnyLengthDecodesToTheJdksBytes() {
        Random random = new Random(14);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String text = Base64.getEncoder().encodeToString(bytes);
            assertThat(decode(text)).as("length %d", length).isEqualTo(length == 0 ? null : bytes);
        }
    }

    @Test
    void everythingElseIsLeftToTheUsualDecoder() {
        for (String text : List.of(
                "QUJD\nREVG", // a line break
                "QUJD REVG", // a space
                "QUJD-_8=", // the URL-safe alphabet
                "QUJDRA", // no padding
                "QUJDRA=", // short padding
                "QUJ=REVG", // padding inside
                "QQ=A", // padding then data
                "QR==", // unused bits set
                "QUI=QUI=", // padding in a group before the last
                "data:image/jpeg;base64,QUJD",
                "QUJDé===",
                "")) {
            assertThat(decode(text)).as(text).isNull();
        }
    }

    @Test
    void whereBothDecodeTheyAgree() {
        Random random = new Random(7);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \n";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 4 * (1 + random.nextInt(4));
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(random.nextInt(10) == 0 ? alphabet.length() : 64)));
            }
            if (random.nextBoolean()) {
                text.setCharAt(length - 1, '=');
            }
            byte[] strict = decode(text.toString());
            if (strict != null) {
                assertThat(strict)
                        .as(text.toString())
                        .isEqualTo(Base64.getDecoder().decode(text.toString()));
            }
        }
    }
}
