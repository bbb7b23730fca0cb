package io.vigint.core.clip;

import io.vigint.core.port.MessageAuthenticator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs and checks the tokens of video links ({@code /video/{id}?token=…}). A token is {@code
 * EXPIRY.SIGNATURE}: the expiry in epoch seconds and the URL-safe Base64 of HMAC-SHA256 over {@code
 * "<clip id>.<expiry>"}. It proves that this server issued a link to that clip and that the link has not
 * expired; it names no client and carries no other data. The HMAC itself is the {@link MessageAuthenticator}
 * port (vigint-security's {@code HmacSha256}, keyed for {@link #KEY_PURPOSE}). Thread-safe.
 */
public final class VideoLinkSigner {
    /** What the links' key is derived for from the server's master key, so it is never the master key itself. */
    public static final String KEY_PURPOSE = "vigint video links";

    private static final int MAX_TOKEN_LENGTH = 80;

    private final MessageAuthenticator mac;

    public VideoLinkSigner(MessageAuthenticator mac) {
        this.mac = Objects.requireNonNull(mac, "mac");
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
        boolean authentic = constantTimeEquals(expected, presented);
        Arrays.fill(expected, (byte) 0);
        return authentic && now.getEpochSecond() < expiry;
    }

    private byte[] signature(ClipId clip, long expiry) {
        return mac.sign(clip.value() + "." + expiry);
    }

    /** Equal contents, compared in time that does not depend on where they differ. */
    private static boolean constantTimeEquals(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference |= a[i] ^ b[i];
        }
        return difference == 0;
    }

    @Override
    public String toString() {
        return "VideoLinkSigner[key hidden]";
    }
}
