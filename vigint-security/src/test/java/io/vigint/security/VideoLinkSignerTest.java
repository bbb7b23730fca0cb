package io.vigint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.VideoLinkSigner;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The core's video link tokens over this module's HMAC-SHA256, as the server wires them. */
class VideoLinkSignerTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ClipId CLIP = new ClipId("AAAAAAAAAAAAAAAAAAAAAA");
    private static final ClipId OTHER = new ClipId("BBBBBBBBBBBBBBBBBBBBBB");

    private final VideoLinkSigner signer = signer(key(1));

    @Test
    void aTokenIsValidForItsClipUntilItExpires() {
        String token = signer.token(CLIP, NOW.plusSeconds(3600));

        assertThat(signer.isValid(CLIP, token, NOW)).isTrue();
        assertThat(signer.isValid(CLIP, token, NOW.plusSeconds(3599))).isTrue();
        assertThat(signer.isValid(CLIP, token, NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void aTokenForOneClipDoesNotOpenAnother() {
        assertThat(signer.isValid(OTHER, signer.token(CLIP, NOW.plusSeconds(60)), NOW))
                .isFalse();
    }

    @Test
    void aTokenWithAMovedExpiryIsRefused() {
        String token = signer.token(CLIP, NOW.plusSeconds(60));
        String signature = token.substring(token.indexOf('.'));
        String extended = NOW.plusSeconds(999_999).getEpochSecond() + signature;

        assertThat(signer.isValid(CLIP, extended, NOW.plusSeconds(120))).isFalse();
    }

    @Test
    void aTokenFromAnotherKeyIsRefused() {
        String foreign = signer(key(2)).token(CLIP, NOW.plusSeconds(60));

        assertThat(signer.isValid(CLIP, foreign, NOW)).isFalse();
    }

    @Test
    void garbageIsRefused() {
        for (String garbage :
                new String[] {null, "", ".", "123", "abc.def", "1.", ".AAAA", "99999999999999.!!!!", "x".repeat(500)}) {
            assertThat(signer.isValid(CLIP, garbage, NOW)).as(garbage).isFalse();
        }
    }

    @Test
    void theKeyDerivedFromTheMasterKeyIsNotTheMasterKey() {
        byte[] master = key(7);
        String derived = derived(master).token(CLIP, NOW.plusSeconds(60));

        assertThat(signer(master).isValid(CLIP, derived, NOW)).isFalse();
        assertThat(derived(master.clone()).isValid(CLIP, derived, NOW)).isTrue();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new HmacSha256(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static VideoLinkSigner signer(byte[] key) {
        return new VideoLinkSigner(new HmacSha256(key));
    }

    private static VideoLinkSigner derived(byte[] master) {
        return new VideoLinkSigner(HmacSha256.derived(master, VideoLinkSigner.KEY_PURPOSE));
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
