package io.vigint.core.contract;

import io.vigint.core.clip.VideoLinkSigner;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Video link signers for tests of modules that cannot use vigint-security's {@code HmacSha256}: HMAC-SHA256
 * under a fixed key, as in production.
 */
public final class TestLinkSigners {
    private TestLinkSigners() {}

    /** A signer under the all-zero 32-byte key: two of them accept each other's tokens. */
    public static VideoLinkSigner zeroKey() {
        SecretKeySpec key = new SecretKeySpec(new byte[32], "HmacSHA256");
        return new VideoLinkSigner(message -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
