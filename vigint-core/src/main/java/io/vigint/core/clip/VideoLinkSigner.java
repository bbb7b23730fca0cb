package io.vigint.core.clip;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the tokens of video links ({@code /video/{id}?token=…}). A token is {@code
 * EXPIRY.SIGNATURE}: the expiry in epoch seconds and the URL-safe Base64 of HMAC-SHA256 over {@code
 * "<clip id>.<expiry>"}. It proves that this server issued a link to that clip and that the link has not
 * expired; it names no client and carries no other data. Thread-safe.
 */
public final class VideoLinkSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String PURPOSE = "vigint video links";
    private static final int MIN_KEY_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 80;

    private final SecretKeySpec key;

    /**
     * A signer with {@code key} (at least 32 bytes, copied).
     *
     * @throws IllegalArgumentException if the key is shorter
     */
    public VideoLinkSigner(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a video link key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /**
     * A signer whose key is derived from the server's master key: HMAC-SHA256(master key, {@code "vigint
     * video links"}), so the links' key is never the master key itself and changes with it.
     */
    public static VideoLinkSigner fromMasterKey(byte[] masterKey) {
        return new VideoLinkSigner(hmac(new SecretKeySpec(masterKey.clone(), ALGORITHM), PURPOSE));
    }

    /** The token for a link to {@code clip} that works until {@code expiresAt} (to the second). */
    public String token(ClipId clip, Instant expiresAt) {
        long expiry = expiresAt.getEpochSecond();
        return expiry + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature(clip, expiry));
    }

    /** True if {@code token} was issued by this signer for {@code clip} and has not expired at {@code now}. */
    public boolean isValid(ClipId clip, String token, Instant now) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expiry;
        byte[] presented;
        try {
            expiry = Long.parseLong(token.substring(0, dot));
            presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] expected = signature(clip, expiry);
        boolean authentic = MessageDigest.isEqual(expected, presented);
        Arrays.fill(expected, (byte) 0);
        return authentic && now.getEpochSecond() < expiry;
    }

    private byte[] signature(ClipId clip, long expiry) {
        return hmac(key, clip.value() + "." + expiry);
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
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
        return "VideoLinkSigner[key hidden]";
    }
}
