package io.vigint.mail;

import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * Sends through Mailgun's messages API: {@code POST {base}/v3/{domain}/messages} with HTTP basic
 * authentication {@code api:KEY} and a {@code multipart/form-data} body ({@code from}, {@code to},
 * {@code subject}, {@code text}, {@code html}, one {@code attachment} file part per attachment).
 */
public final class MailgunMailSender extends ApiMailSender {
    private final String authorization;

    /**
     * @param base {@code https://api.mailgun.net} (US) or {@code https://api.eu.mailgun.net} (EU)
     */
    public MailgunMailSender(HttpClient http, URI base, String domain, String apiKey, MailFrom from) {
        super(
                http,
                "mailgun",
                resolve(base, "/v3/" + URLEncoder.encode(domain, StandardCharsets.UTF_8) + "/messages"),
                from);
        Objects.requireNonNull(apiKey, "apiKey");
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString(("api:" + apiKey).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    HttpRequest.Builder request(MailMessage message) {
        MultipartForm form = new MultipartForm()
                .field("from", from.formatted())
                .field("to", message.to())
                .field("subject", message.subject())
                .field("text", message.text());
        if (message.html() != null) {
            form.field("html", message.html());
        }
        for (MailAttachment attachment : message.attachments()) {
            form.file("attachment", attachment.filename(), attachment.contentType(), attachment.content());
        }
        return HttpRequest.newBuilder(endpoint)
                .header("Authorization", authorization)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.build()));
    }
}
