package io.vigint.mail;

import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.MailSender;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds the {@link MailSender} for a provider account. Thread-safe; shares one {@link HttpClient}.
 *
 * <p>The operator's own account ({@link #forAccount}) is trusted. A client's ({@link #forClientAccount})
 * connects only where the {@link OutboundPolicy} allows wherever the client's settings choose the host:
 * its SMTP host (checked at connect time on the address connected to), and the SES regional host {@code
 * email.{region}.amazonaws.com} (resolved and checked before the request; the HTTP client resolves it
 * again). The other APIs' hosts are the operator's ({@link ProviderEndpoints}; the Mailgun region only
 * picks one of two).
 */
public final class MailSenders {
    private final ProviderEndpoints endpoints;
    private final HttpClient http;
    private final Clock clock;
    private final OutboundPolicy policy;

    /** Senders whose client accounts may reach no internal address at all. */
    public MailSenders(ProviderEndpoints endpoints, HttpClient http, Clock clock) {
        this(endpoints, http, clock, OutboundPolicy.of(OutboundAllowList.none()));
    }

    public MailSenders(ProviderEndpoints endpoints, HttpClient http, Clock clock, OutboundPolicy policy) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Senders over the providers' public endpoints with a new HTTP client. */
    public static MailSenders create(ProviderEndpoints endpoints, Clock clock, OutboundPolicy policy) {
        return new MailSenders(
                endpoints,
                HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(10))
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                clock,
                policy);
    }

    /** The sender for the operator's own {@code account}, which is not checked. */
    public MailSender forAccount(EmailProviderAccount account) {
        return sender(account, false);
    }

    /** The sender for a client's {@code account}, which connects only where the policy allows. */
    public MailSender forClientAccount(EmailProviderAccount account) {
        return sender(account, true);
    }

    private MailSender sender(EmailProviderAccount account, boolean guarded) {
        EmailConfig config = account.config();
        MailFrom from = MailFrom.of(config);
        return switch (config.provider()) {
            case SMTP -> new SmtpMailSender(account, clock, guarded ? policy : null);
            case MAILGUN ->
                new MailgunMailSender(
                        http,
                        "eu".equals(config.region()) ? endpoints.mailgunEu() : endpoints.mailgunUs(),
                        config.domain(),
                        account.secret(),
                        from);
            case SENDGRID -> new SendGridMailSender(http, endpoints.sendgrid(), account.secret(), from);
            case POSTMARK -> new PostmarkMailSender(http, endpoints.postmark(), account.secret(), from);
            case SES -> {
                MailSender ses = new SesMailSender(
                        http,
                        endpoints.ses(config.region()),
                        config.region(),
                        config.accessKeyId(),
                        account.secret(),
                        from,
                        clock);
                yield guarded && endpoints.ses() == null
                        ? checkedHost(endpoints.ses(config.region()).getHost(), "ses", ses)
                        : ses;
            }
        };
    }

    /** {@code sender}, after checking before each message that {@code host} resolves only to allowed addresses. */
    private MailSender checkedHost(String host, String provider, MailSender sender) {
        return message -> {
            try {
                policy.connectAddress(host, 443);
            } catch (OutboundRefusedException refused) {
                throw MailFailures.refused(provider);
            } catch (UnknownHostException unknown) {
                throw MailFailures.failed(provider, unknown);
            }
            sender.send(message);
        };
    }
}
