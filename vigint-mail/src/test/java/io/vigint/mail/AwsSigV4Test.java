package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Known answers from AWS's Signature Version 4 test suite and documentation. */
class AwsSigV4Test {
    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant SUITE_TIME = Instant.parse("2015-08-30T12:36:00Z");

    @Test
    void getVanillaFromTheAwsTestSuite() {
        Map<String, String> headers = AwsSigV4.sign(
                "GET",
                URI.create("https://example.amazonaws.com/"),
                Map.of(),
                new byte[0],
                "us-east-1",
                "service",
                ACCESS_KEY,
                SECRET,
                SUITE_TIME);

        assertThat(headers)
                .containsEntry("X-Amz-Date", "20150830T123600Z")
                .containsEntry(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                                + "SignedHeaders=host;x-amz-date, "
                                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
    }

    @Test
    void postVanillaFromTheAwsTestSuite() {
        Map<String, String> headers = AwsSigV4.sign(
                "POST",
                URI.create("https://example.amazonaws.com/"),
                Map.of(),
                new byte[0],
                "us-east-1",
                "service",
                ACCESS_KEY,
                SECRET,
                SUITE_TIME);

        assertThat(headers.get("Authorization"))
                .endsWith("Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b");
    }

    /** "Derive a signing key" example of the AWS General Reference (IAM, 2015-08-30, us-east-1). */
    @Test
    void signingKeyOfTheDocumentedIamExample() {
        byte[] key = AwsSigV4.signingKey(SECRET, "20150830", "us-east-1", "iam");

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    }

    /** The IAM ListUsers request of the AWS General Reference: query string and a signed content type. */
    @Test
    void documentedIamListUsersSignature() {
        Map<String, String> headers = AwsSigV4.sign(
                "GET",
                URI.create("https://iam.amazonaws.com/?Version=2010-05-08&Action=ListUsers"),
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                new byte[0],
                "us-east-1",
                "iam",
                ACCESS_KEY,
                SECRET,
                SUITE_TIME);

        assertThat(headers.get("Authorization"))
                .isEqualTo("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date, "
                        + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    }

    @Test
    void extraHeadersAreSignedInOrderAndThePortIsPartOfTheHost() {
        Map<String, String> headers = AwsSigV4.sign(
                "POST",
                URI.create("http://127.0.0.1:8123/v2/email/outbound-emails"),
                Map.of("Content-Type", "application/json"),
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "eu-west-1",
                "ses",
                ACCESS_KEY,
                SECRET,
                SUITE_TIME);

        assertThat(headers.get("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/eu-west-1/ses/aws4_request, "
                        + "SignedHeaders=content-type;host;x-amz-date, Signature=")
                .matches(".*Signature=[0-9a-f]{64}$");
        assertThat(AwsSigV4.host(URI.create("http://127.0.0.1:8123/x"))).isEqualTo("127.0.0.1:8123");
        assertThat(AwsSigV4.host(URI.create("https://email.eu-west-1.amazonaws.com/x")))
                .isEqualTo("email.eu-west-1.amazonaws.com");
    }
}
