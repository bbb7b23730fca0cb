package io.vigint.core.contract;

import io.vigint.core.client.ClientId;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.IssuedToken;
import io.vigint.core.login.PasswordHasher;
import io.vigint.core.login.TokenCheck;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * JDK-only stand-ins for the password hasher and token adapters, for core tests that need real
 * (if not production-grade) behaviour: PBKDF2 hashes and HMAC-signed tokens.
 */
public final class TestCredentials {
    private TestCredentials() {}

    /** PBKDF2-HMAC-SHA256 with a random salt, encoded {@code pbkdf2$salt$hash}. */
    public static PasswordHasher pbkdf2() {
        return new PasswordHasher() {
            private final SecureRandom random = new SecureRandom();

            @Override
            public String hash(char[] password) {
                byte[] salt = new byte[16];
                random.nextBytes(salt);
                return "pbkdf2$" + b64(salt) + "$" + b64(derive(password, salt));
            }

            @Override
            public boolean verify(char[] password, String encodedHash) {
                String[] parts = encodedHash.split("\\$");
                if (parts.length != 3 || !parts[0].equals("pbkdf2")) {
                    return false;
                }
                byte[] expected = Base64.getUrlDecoder().decode(parts[2]);
                return MessageDigest.isEqual(
                        expected, derive(password, Base64.getUrlDecoder().decode(parts[1])));
            }

            private byte[] derive(char[] password, byte[] salt) {
                try {
                    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                            .generateSecret(new PBEKeySpec(password, salt, 1000, 256))
                            .getEncoded();
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    /** Tokens {@code clientId.expiresEpochSecond.hmac} signed with a random key. */
    public static AccessTokens hmacTokens() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new AccessTokens() {
            @Override
            public IssuedToken issue(ClientId clientId, Instant now, Duration lifetime) {
                Instant expires = now.plus(lifetime);
                String body = clientId.value() + "." + expires.getEpochSecond();
                return new IssuedToken(body + "." + sign(body), expires, lifetime.toSeconds());
            }

            @Override
            public TokenCheck check(String token, Instant now) {
                String[] parts = token.split("\\.");
                if (parts.length != 3) {
                    return new TokenCheck.Invalid();
                }
                String body = parts[0] + "." + parts[1];
                if (!MessageDigest.isEqual(
                        sign(body).getBytes(StandardCharsets.UTF_8), parts[2].getBytes(StandardCharsets.UTF_8))) {
                    return new TokenCheck.Invalid();
                }
                if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
                    return new TokenCheck.Expired();
                }
                return new TokenCheck.Valid(new ClientId(Long.parseLong(parts[0])));
            }

            private String sign(String body) {
                try {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(key, "HmacSHA256"));
                    return b64(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
