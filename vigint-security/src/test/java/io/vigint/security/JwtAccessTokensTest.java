package io.vigint.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.vigint.core.client.ClientId;
import io.vigint.core.login.IssuedToken;
import io.vigint.core.login.TokenCheck;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtAccessTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00.123456Z");
    private static final Instant NOW_SECONDS = Instant.parse("2026-11-27T08:00:00Z");
    private static final ClientId ACME = new ClientId(42);
    private static final Duration HOUR = Duration.ofHours(1);

    private final byte[] key = randomKey(64);
    private final JwtAccessTokens tokens = new JwtAccessTokens(key);

    @Test
    void anIssuedTokenIsValidForItsClientUntilItsExpiry() {
        IssuedToken issued = tokens.issue(ACME, NOW, HOUR);

        assertThat(tokens.check(issued.accessToken(), NOW)).isEqualTo(new TokenCheck.Valid(ACME));
        assertThat(tokens.check(issued.accessToken(), issued.expiresAt().minusNanos(1)))
                .isEqualTo(new TokenCheck.Valid(ACME));
        assertThat(tokens.check(issued.accessToken(), issued.expiresAt())).isEqualTo(new TokenCheck.Expired());
        assertThat(tokens.check(issued.accessToken(), issued.expiresAt().plus(Duration.ofDays(30))))
                .isEqualTo(new TokenCheck.Expired());
    }

    @Test
    void theIssuedTokenReportsItsLifetimeInWholeSeconds() {
        IssuedToken issued = tokens.issue(ACME, NOW, HOUR);

        assertThat(issued.expiresInSeconds()).isEqualTo(3600);
        assertThat(issued.expiresAt()).isEqualTo(NOW_SECONDS.plus(HOUR));
        assertThat(issued.toString()).doesNotContain(issued.accessToken());
    }

    @Test
    void theTokenIsAnHs256JwtWithTheAgreedClaims() throws Exception {
        IssuedToken issued = tokens.issue(ACME, NOW, HOUR);

        SignedJWT jwt = SignedJWT.parse(issued.accessToken());
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
        assertThat(claims.getSubject()).isEqualTo("42");
        assertThat(claims.getIssuer()).isEqualTo("vigint");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW_SECONDS);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(issued.expiresAt());
        assertThat(claims.getJWTID()).hasSizeGreaterThanOrEqualTo(22);
        assertThat(claims.getClaims().keySet()).containsExactlyInAnyOrder("sub", "iss", "iat", "exp", "jti");
    }

    @Test
    void everyTokenHasItsOwnId() throws Exception {
        String first = tokens.issue(ACME, NOW, HOUR).accessToken();
        String second = tokens.issue(ACME, NOW, HOUR).accessToken();

        assertThat(first).isNotEqualTo(second);
        assertThat(SignedJWT.parse(first).getJWTClaimsSet().getJWTID())
                .isNotEqualTo(SignedJWT.parse(second).getJWTClaimsSet().getJWTID());
    }

    @Test
    void aTamperedSignatureIsInvalid() {
        String token = tokens.issue(ACME, NOW, HOUR).accessToken();
        int signatureStart = token.lastIndexOf('.') + 1;
        char first = token.charAt(signatureStart);
        String tampered =
                token.substring(0, signatureStart) + (first == 'A' ? 'B' : 'A') + token.substring(signatureStart + 1);

        assertThat(tokens.check(tampered, NOW)).isEqualTo(new TokenCheck.Invalid());
        assertThat(tokens.check(token.substring(0, signatureStart), NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void aTamperedPayloadIsInvalid() {
        String token = tokens.issue(ACME, NOW, HOUR).accessToken();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String otherClient = payload.replace("\"sub\":\"42\"", "\"sub\":\"7\"");
        assertThat(otherClient).isNotEqualTo(payload);
        String forged = parts[0] + "." + base64Url(otherClient) + "." + parts[2];

        assertThat(tokens.check(forged, NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void anExpiredTokenWithABadSignatureIsInvalidNotExpired() {
        String token = tokens.issue(ACME, NOW, HOUR).accessToken();
        String foreign =
                new JwtAccessTokens(randomKey(32)).issue(ACME, NOW, HOUR).accessToken();

        assertThat(tokens.check(foreign, NOW.plus(Duration.ofDays(1)))).isEqualTo(new TokenCheck.Invalid());
        assertThat(tokens.check(token, NOW.plus(Duration.ofDays(1)))).isEqualTo(new TokenCheck.Expired());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsInvalid() {
        String foreign =
                new JwtAccessTokens(randomKey(32)).issue(ACME, NOW, HOUR).accessToken();

        assertThat(tokens.check(foreign, NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsInvalid() {
        String claims = "{\"iss\":\"vigint\",\"sub\":\"42\",\"iat\":" + NOW_SECONDS.getEpochSecond() + ",\"exp\":"
                + NOW_SECONDS.plus(HOUR).getEpochSecond() + "}";
        String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(claims) + ".";
        String noneWithOurSignature = base64Url("{\"alg\":\"none\"}") + "." + base64Url(claims) + "."
                + tokens.issue(ACME, NOW, HOUR).accessToken().split("\\.")[2];

        assertThat(tokens.check(unsigned, NOW)).isEqualTo(new TokenCheck.Invalid());
        assertThat(tokens.check(noneWithOurSignature, NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void tokensSignedWithOurKeyButAnotherAlgorithmAreInvalid() throws Exception {
        JWTClaimsSet claims = ourClaims().build();

        assertThat(tokens.check(sign(JWSAlgorithm.HS256, claims, key), NOW)).isEqualTo(new TokenCheck.Valid(ACME));
        assertThat(tokens.check(sign(JWSAlgorithm.HS384, claims, key), NOW)).isEqualTo(new TokenCheck.Invalid());
        assertThat(tokens.check(sign(JWSAlgorithm.HS512, claims, key), NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void tokensSignedWithOurKeyButWithoutOurClaimsAreInvalid() throws Exception {
        assertInvalid(b -> b.issuer("someone-else"));
        assertInvalid(b -> b.issuer(null));
        assertInvalid(b -> b.expirationTime(null));
        assertInvalid(b -> b.subject(null));
        assertInvalid(b -> b.subject("acme"));
        assertInvalid(b -> b.subject("0"));
        assertInvalid(b -> b.subject("-42"));
        assertInvalid(b -> b.subject("042"));
        assertInvalid(b -> b.subject("99999999999999999999"));
        assertInvalid(b -> b.notBeforeTime(Date.from(NOW.plusSeconds(60))));
    }

    @Test
    void aTokenWithAnotherTypeIsInvalid() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .build(),
                ourClaims().build());
        jwt.sign(new MACSigner(key));

        assertThat(tokens.check(jwt.serialize(), NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void aTokenWithAnUnknownCriticalHeaderIsInvalid() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .customParam("vigint-extension", true)
                        .criticalParams(Set.of("vigint-extension"))
                        .build(),
                ourClaims().build());
        jwt.sign(new MACSigner(key));

        assertThat(tokens.check(jwt.serialize(), NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not-a-token",
                "a.b.c",
                "...",
                "eyJhbGciOiJIUzI1NiJ9",
                "eyJhbGciOiJIUzI1NiJ9.e30.",
                "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",
                "eyJ9.eyJ9.eyJ9",
                "eyJhbGciOiJIUzI1NiJ9.W10.AAAA"
            })
    void garbageIsInvalidAndNeverThrows(String token) {
        assertThat(tokens.check(token, NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void missingOrOverlongInputIsInvalid() {
        String token = tokens.issue(ACME, NOW, HOUR).accessToken();

        assertThat(tokens.check(null, NOW)).isEqualTo(new TokenCheck.Invalid());
        assertThat(tokens.check(token, null)).isEqualTo(new TokenCheck.Invalid());
        assertThat(tokens.check(token + "A".repeat(10_000), NOW)).isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void aKeyShorterThan256BitsIsRefused() {
        assertThatThrownBy(() -> new JwtAccessTokens(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCallerMayClearItsKeyArray() {
        byte[] mine = randomKey(32);
        JwtAccessTokens fromMine = new JwtAccessTokens(mine);
        String token = fromMine.issue(ACME, NOW, HOUR).accessToken();

        Arrays.fill(mine, (byte) 0);

        assertThat(fromMine.check(token, NOW)).isEqualTo(new TokenCheck.Valid(ACME));
        assertThat(fromMine.check(
                        new JwtAccessTokens(mine).issue(ACME, NOW, HOUR).accessToken(), NOW))
                .isEqualTo(new TokenCheck.Invalid());
    }

    @Test
    void aLifetimeUnderOneSecondIsRefused() {
        assertThatThrownBy(() -> tokens.issue(ACME, NOW, Duration.ofMillis(999)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(ACME, NOW, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertInvalid(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        String token = sign(JWSAlgorithm.HS256, change.apply(ourClaims()).build(), key);
        assertThat(tokens.check(token, NOW)).as(token).isEqualTo(new TokenCheck.Invalid());
    }

    private static JWTClaimsSet.Builder ourClaims() {
        return new JWTClaimsSet.Builder()
                .issuer("vigint")
                .subject("42")
                .issueTime(Date.from(NOW_SECONDS))
                .expirationTime(Date.from(NOW_SECONDS.plus(HOUR)))
                .jwtID("test-token");
    }

    private static String sign(JWSAlgorithm algorithm, JWTClaimsSet claims, byte[] key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        jwt.sign(new MACSigner(key));
        return jwt.serialize();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
