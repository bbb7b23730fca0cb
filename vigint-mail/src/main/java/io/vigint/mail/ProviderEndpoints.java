package io.vigint.mail;

import java.net.URI;
import java.util.Objects;

/**
 * The base URLs of the mail APIs. They are the server's to set, never a client's (a client that could
 * pick the URL could make the server post to any address it reaches); tests and proxies point them
 * elsewhere.
 *
 * @param ses the SES base URL, or {@code null} for the regional endpoint {@code
 *     https://email.{region}.amazonaws.com}
 */
public record ProviderEndpoints(URI mailgunUs, URI mailgunEu, URI sendgrid, URI postmark, URI ses) {
    public ProviderEndpoints {
        Objects.requireNonNull(mailgunUs, "mailgunUs");
        Objects.requireNonNull(mailgunEu, "mailgunEu");
        Objects.requireNonNull(sendgrid, "sendgrid");
        Objects.requireNonNull(postmark, "postmark");
    }

    /** The providers' public endpoints. */
    public static ProviderEndpoints defaults() {
        return new ProviderEndpoints(
                URI.create("https://api.mailgun.net"),
                URI.create("https://api.eu.mailgun.net"),
                URI.create("https://api.sendgrid.com"),
                URI.create("https://api.postmarkapp.com"),
                null);
    }

    /** Every API at {@code base} (for tests against one local server). */
    public static ProviderEndpoints allAt(URI base) {
        return new ProviderEndpoints(base, base, base, base, base);
    }

    /** The SES base URL for {@code region}. */
    public URI ses(String region) {
        return ses != null ? ses : SesMailSender.regionalEndpoint(region);
    }
}
