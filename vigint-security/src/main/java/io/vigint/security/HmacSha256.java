package io.vigint.security;

import io.vigint.core.port.MessageAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with the JDK's {@code javax.crypto}: the {@link MessageAuthenticator} of signed video links. */
public final class HmacSha256 implements MessageAuthenticator {
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    /**
     * An authenticator with {@code key} (at least 32 bytes, copied).
     *
     * @throws IllegalArgumentException if the key is shorter
     */
    public HmacSha256(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("an HMAC key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * An authenticator whose key is derived from the server's master key for one {@code purpose}:
     * HMAC-SHA256(master key, purpose), so the key is never the master key itself and changes with it.
     */
    public static HmacSha256 derived(byte[] masterKey, String purpose) {
        return new HmacSha256(mac(new SecretKeySpec(masterKey.clone(), ALGORITHM), purpose));
    }

    @Override
    public byte[] sign(String message) {
        return mac(key, message);
    }

    private static byte[] mac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "HmacSha256[key hidden]";
    }
}
