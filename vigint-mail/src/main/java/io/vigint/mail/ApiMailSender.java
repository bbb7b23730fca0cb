package io.vigint.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String provider;
    /** Where the requests go. */
    final URI endpoint;
    /** The sender the messages name. */
    final MailFrom from;

    ApiMailSender(HttpClient http, String provider, URI endpoint, MailFrom from) {
        this.http = Objects.requireNonNull(http, "http");
        this.provider = provider;
        this.endpoint = endpoint;
        this.from = Objects.requireNonNull(from, "from");
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

    /** An empty JSON object, for a request body. */
    static ObjectNode jsonObject() {
        return JSON.createObjectNode();
    }

    /** {@code body} as JSON, in UTF-8. */
    static byte[] jsonBytes(ObjectNode body) throws JsonProcessingException {
        return JSON.writeValueAsBytes(body);
    }

    /** A POST of {@code body} as JSON to the {@link #endpoint}. */
    final HttpRequest.Builder postJson(ObjectNode body) throws JsonProcessingException {
        return HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jsonBytes(body)));
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
