package io.vigint.mail;

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
    private final String apiKey;

    /** @param base {@code https://api.sendgrid.com} */
    public SendGridMailSender(HttpClient http, URI base, String apiKey, MailFrom from) {
        super(http, "sendgrid", resolve(base, "/v3/mail/send"), from);
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    HttpRequest.Builder request(MailMessage message) throws Exception {
        ObjectNode body = jsonObject();
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
        return postJson(body).header("Authorization", "Bearer " + apiKey);
    }
}
