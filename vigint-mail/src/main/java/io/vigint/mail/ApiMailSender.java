package io.vigint.mail;

import io.vigint.core.error.VigintException;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/**
 * A sender over a provider's HTTP API with the JDK {@link HttpClient}: builds one request per message,
 * and turns anything but a 2xx answer, or no answer within {@link #TIMEOUT}, into {@code MAIL_FAILED}
 * naming the provider and the status (never the request, which carries the credentials).
 */
abstract class ApiMailSender implements MailSender {
    /** How long a request may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String provider;

    ApiMailSender(HttpClient http, String provider) {
        this.http = Objects.requireNonNull(http, "http");
        this.provider = provider;
    }

    /** The request for {@code message}, without timeout (added here). */
    abstract HttpRequest.Builder request(MailMessage message) throws Exception;

    @Override
    public final void send(MailMessage message) {
        HttpRequest request;
        try {
            request = request(message).timeout(TIMEOUT).build();
        } catch (VigintException e) {
            throw e;
        } catch (Exception e) {
            throw MailFailures.failed(provider, e);
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw MailFailures.failed(provider, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MailFailures.failed(provider, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw MailFailures.rejected(provider, response.statusCode());
        }
    }

    /** {@code base} with {@code path} appended (one slash between). */
    static URI resolve(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
