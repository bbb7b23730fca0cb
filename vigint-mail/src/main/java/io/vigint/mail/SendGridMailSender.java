package io.vigint.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;
import java.util.Objects;

/**
 * Sends through SendGrid's v3 API: {@code POST {base}/v3/mail/send} with {@code Authorization: Bearer
 * KEY} and a JSON body ({@code personalizations[].to}, {@code from}, {@code subject}, {@code content}
 * as text/plain then text/html, {@code attachments} with Base64 {@code content}).
 */
public final class SendGridMailSender extends ApiMailSender {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String apiKey;
    private final MailFrom from;

    /** @param base {@code https://api.sendgrid.com} */
    public SendGridMailSender(HttpClient http, URI base, String apiKey, MailFrom from) {
        super(http, "sendgrid");
        this.endpoint = resolve(base, "/v3/mail/send");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.from = Objects.requireNonNull(from, "from");
    }

    @Override
    HttpRequest.Builder request(MailMessage message) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("personalizations").addObject().putArray("to").addObject().put("email", message.to());
        ObjectNode sender = body.putObject("from").put("email", from.address());
        if (from.name() != null) {
            sender.put("name", from.name());
        }
        body.put("subject", message.subject());
        ArrayNode content = body.putArray("content");
        content.addObject().put("type", "text/plain").put("value", message.text());
        if (message.html() != null) {
            content.addObject().put("type", "text/html").put("value", message.html());
        }
        if (!message.attachments().isEmpty()) {
            ArrayNode attachments = body.putArray("attachments");
            for (MailAttachment attachment : message.attachments()) {
                attachments
                        .addObject()
                        .put("content", Base64.getEncoder().encodeToString(attachment.content()))
                        .put("filename", attachment.filename())
                        .put("type", attachment.contentType())
                        .put("disposition", "attachment");
            }
        }
        return HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    }
}
