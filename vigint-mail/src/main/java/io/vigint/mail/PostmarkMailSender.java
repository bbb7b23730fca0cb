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
 * Sends through Postmark's email API: {@code POST {base}/email} with the {@code
 * X-Postmark-Server-Token} header and a JSON body ({@code From}, {@code To}, {@code Subject}, {@code
 * TextBody}, {@code HtmlBody}, {@code Attachments} of {@code Name}, Base64 {@code Content} and {@code
 * ContentType}).
 */
public final class PostmarkMailSender extends ApiMailSender {
    private final String serverToken;

    /** @param base {@code https://api.postmarkapp.com} */
    public PostmarkMailSender(HttpClient http, URI base, String serverToken, MailFrom from) {
        super(http, "postmark", resolve(base, "/email"), from);
        this.serverToken = Objects.requireNonNull(serverToken, "serverToken");
    }

    @Override
    HttpRequest.Builder request(MailMessage message) throws Exception {
        ObjectNode body = jsonObject()
                .put("From", from.formatted())
                .put("To", message.to())
                .put("Subject", message.subject())
                .put("TextBody", message.text());
        if (message.html() != null) {
            body.put("HtmlBody", message.html());
        }
        if (!message.attachments().isEmpty()) {
            ArrayNode attachments = body.putArray("Attachments");
            for (MailAttachment attachment : message.attachments()) {
                attachments
                        .addObject()
                        .put("Name", attachment.filename())
                        .put("Content", Base64.getEncoder().encodeToString(attachment.content()))
                        .put("ContentType", attachment.contentType());
            }
        }
        return postJson(body).header("Accept", "application/json").header("X-Postmark-Server-Token", serverToken);
    }
}
