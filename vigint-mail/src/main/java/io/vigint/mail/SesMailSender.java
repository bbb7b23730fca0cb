package io.vigint.mail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.mail.MailMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Sends through Amazon SES v2: {@code POST {base}/v2/email/outbound-emails} with a JSON body whose
 * {@code Content.Raw.Data} is the Base64 of the complete MIME message (attachments included), signed
 * with AWS Signature Version 4 (service {@code ses}) from the access key id and secret access key.
 */
public final class SesMailSender extends ApiMailSender {
    private final String region;
    private final String accessKeyId;
    private final String secretAccessKey;
    private final Clock clock;

    /** @param base {@code https://email.{region}.amazonaws.com} */
    public SesMailSender(
            HttpClient http,
            URI base,
            String region,
            String accessKeyId,
            String secretAccessKey,
            MailFrom from,
            Clock clock) {
        super(http, "ses", resolve(base, "/v2/email/outbound-emails"), from);
        this.region = Objects.requireNonNull(region, "region");
        this.accessKeyId = Objects.requireNonNull(accessKeyId, "accessKeyId");
        this.secretAccessKey = Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The regional endpoint of SES. */
    public static URI regionalEndpoint(String region) {
        return URI.create("https://email." + region + ".amazonaws.com");
    }

    @Override
    HttpRequest.Builder request(MailMessage message) throws Exception {
        byte[] raw = MimeMessages.bytes(from, message, clock.instant());
        ObjectNode body = jsonObject().put("FromEmailAddress", from.address());
        body.putObject("Destination").putArray("ToAddresses").add(message.to());
        body.putObject("Content")
                .putObject("Raw")
                .put("Data", Base64.getEncoder().encodeToString(raw));
        byte[] payload = jsonBytes(body);
        String contentType = "application/json";
        Map<String, String> signature = AwsSigV4.sign(
                "POST",
                endpoint,
                Map.of("content-type", contentType),
                payload,
                region,
                "ses",
                accessKeyId,
                secretAccessKey,
                clock.instant());
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        signature.forEach(builder::header);
        return builder;
    }
}
