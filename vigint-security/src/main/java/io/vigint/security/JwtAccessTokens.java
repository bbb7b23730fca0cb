package io.vigint.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vigint.core.client.ClientId;
import io.vigint.core.login.AccessTokens;
import io.vigint.core.login.IssuedToken;
import io.vigint.core.login.TokenCheck;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Access tokens as HS256-signed JWTs with the claims {@code iss} ({@value #ISSUER}), {@code sub} (the
 * client id), {@code iat}, {@code exp} and a random {@code jti}. Times are whole seconds: a token is
 * valid strictly before its {@code exp} and expired from that instant on, with no clock skew allowed.
 * {@link #check} accepts only HS256 tokens signed with this instance's key and carrying our issuer, a
 * client id and an expiry; everything else is {@link TokenCheck.Invalid}. Thread-safe.
 */
public final class JwtAccessTokens implements AccessTokens {
    /** The {@code iss} claim of every token. */
    public static final String ISSUER = "vigint";
    /** Shortest HMAC key accepted: 256 bits. */
    public static final int MIN_KEY_BYTES = 32;

    private static final int MAX_TOKEN_LENGTH = 4096;
    private static final int JTI_BYTES = 16;
    private static final Pattern CLIENT_ID = Pattern.compile("[1-9][0-9]{0,18}");
    private static final TokenCheck INVALID = new TokenCheck.Invalid();

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final SecureRandom random = new SecureRandom();

    /**
     * Tokens signed with {@code hmacKey}, which is copied (the caller may clear its array).
     *
     * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes
     */
    public JwtAccessTokens(byte[] hmacKey) {
        Objects.requireNonNull(hmacKey, "hmacKey");
        if (hmacKey.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the token signing key must be at least 256 bits");
        }
        SecretKey key = new SecretKeySpec(hmacKey, "HmacSHA256");
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable token signing key", e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code iat} is {@code now} rounded down to the second and {@code exp} is {@code iat} plus the
     * whole seconds of {@code lifetime}, which must be at least one second.
     */
    @Override
    public IssuedToken issue(ClientId clientId, Instant now, Duration lifetime) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.getSeconds() < 1) {
            throw new IllegalArgumentException("token lifetime must be at least one second");
        }
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plusSeconds(lifetime.getSeconds());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(Long.toString(clientId.value()))
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .jwtID(newJwtId())
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt, lifetime.getSeconds());
    }

    @Override
    public TokenCheck check(String token, Instant now) {
        if (token == null || now == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return INVALID;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWSHeader header = jwt.getHeader();
            if (!JWSAlgorithm.HS256.equals(header.getAlgorithm())
                    || (header.getType() != null && !JOSEObjectType.JWT.equals(header.getType()))
                    || !jwt.verify(verifier)) {
                return INVALID;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            String subject = claims.getSubject();
            Date expires = claims.getExpirationTime();
            Date notBefore = claims.getNotBeforeTime();
            if (!ISSUER.equals(claims.getIssuer())
                    || expires == null
                    || subject == null
                    || !CLIENT_ID.matcher(subject).matches()
                    || (notBefore != null && now.isBefore(notBefore.toInstant()))) {
                return INVALID;
            }
            if (!now.isBefore(expires.toInstant())) {
                return new TokenCheck.Expired();
            }
            return new TokenCheck.Valid(new ClientId(Long.parseLong(subject)));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return INVALID;
        }
    }

    @Override
    public String toString() {
        return "JwtAccessTokens[HS256, iss=" + ISSUER + "]";
    }

    private String newJwtId() {
        byte[] id = new byte[JTI_BYTES];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
