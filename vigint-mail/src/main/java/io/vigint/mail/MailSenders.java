package io.vigint.mail;

import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.MailSender;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Builds the {@link MailSender} for a provider account. Thread-safe; shares one {@link HttpClient}. */
public final class MailSenders {
    private final ProviderEndpoints endpoints;
    private final HttpClient http;
    private final Clock clock;

    public MailSenders(ProviderEndpoints endpoints, HttpClient http, Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Senders over the providers' public endpoints with a new HTTP client. */
    public static MailSenders create(ProviderEndpoints endpoints, Clock clock) {
        return new MailSenders(
                endpoints,
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                clock);
    }

    /** The sender for {@code account}. */
    public MailSender forAccount(EmailProviderAccount account) {
        EmailConfig config = account.config();
        MailFrom from = MailFrom.of(config);
        return switch (config.provider()) {
            case SMTP -> new SmtpMailSender(account, clock);
            case MAILGUN ->
                new MailgunMailSender(
                        http,
                        "eu".equals(config.region()) ? endpoints.mailgunEu() : endpoints.mailgunUs(),
                        config.domain(),
                        account.secret(),
                        from);
            case SENDGRID -> new SendGridMailSender(http, endpoints.sendgrid(), account.secret(), from);
            case POSTMARK -> new PostmarkMailSender(http, endpoints.postmark(), account.secret(), from);
            case SES ->
                new SesMailSender(
                        http,
                        endpoints.ses(config.region()),
                        config.region(),
                        config.accessKeyId(),
                        account.secret(),
                        from,
                        clock);
        };
    }
}
