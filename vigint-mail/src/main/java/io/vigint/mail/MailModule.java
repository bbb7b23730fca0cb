package io.vigint.mail;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.EmailConfigService;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.core.mail.MailHostPolicy;
import io.vigint.core.mail.MailSender;
import io.vigint.core.port.SecretCipher;
import io.vigint.core.port.TransactionRunner;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The mail adapter's one Guice module. Binds {@link MailSender} (the server's provider from {@link
 * MailSettings}, else the outbox; with retry), {@link ClientMailer} (the client's own provider, else the
 * server's; with retry: invoices are sent through it), the same without retry named {@value #SINGLE_TRY} (for
 * the {@link MailQueueDrainer}, which retries through the queue), {@link MailQueueSettings}, {@link
 * EmailConfigUseCase} (the core's {@link EmailConfigService}) and {@link MailHostPolicy} (the {@link
 * OutboundPolicy} with the operator's {@link MailSettings#outboundAllow}), which both a client's
 * configuration and a client's connections are checked against.
 *
 * <p>The injector must also provide {@link EmailConfigStore}, {@link SecretCipher}, {@link
 * TransactionRunner} and {@link Clock}. Everything is made on first use, so commands that never send
 * mail never load the master key.
 */
public final class MailModule extends AbstractModule {
    private static final String DIRECT = "vigint.mail.server-sender-without-retry";

    /**
     * The name of the {@link ClientMailer} that tries each message once (the client's provider, else the
     * server's): the one the {@link MailQueueDrainer} sends through, since the queue does the retrying.
     */
    public static final String SINGLE_TRY = "vigint.mail.client-mailer-single-try";

    private final Supplier<MailSettings> settings;

    public MailModule(MailSettings settings) {
        Objects.requireNonNull(settings, "settings");
        this.settings = () -> settings;
    }

    /**
     * Takes the settings from {@code settings} when mail is first needed, so a command that sends no mail
     * is not stopped by a mistake in the mail configuration.
     */
    public MailModule(Supplier<MailSettings> settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Provides
    @Singleton
    MailSettings settings() {
        return Objects.requireNonNull(settings.get(), "settings");
    }

    @Provides
    @Singleton
    OutboundPolicy outboundPolicy(MailSettings settings) {
        return OutboundPolicy.of(settings.outboundAllow());
    }

    @Provides
    @Singleton
    MailHostPolicy mailHostPolicy(OutboundPolicy policy) {
        return policy;
    }

    @Provides
    @Singleton
    MailSenders mailSenders(MailSettings settings, Clock clock, OutboundPolicy policy) {
        return MailSenders.create(settings.endpoints(), clock, policy);
    }

    @Provides
    @Singleton
    @Named(DIRECT)
    MailSender directServerSender(MailSettings settings, MailSenders senders, Clock clock) {
        if (settings.serverAccount() == null) {
            return new OutboxMailSender(settings.outboxDirectory(), settings.outboxFrom(), clock);
        }
        return senders.forAccount(settings.serverAccount());
    }

    @Provides
    @Singleton
    Retry retry(MailSettings settings) {
        return new Retry(settings.attempts(), settings.initialBackoff(), Retry.Sleeper.threadSleep());
    }

    @Provides
    @Singleton
    MailSender serverSender(@Named(DIRECT) MailSender direct, Retry retry) {
        return new RetryingMailSender(direct, retry);
    }

    @Provides
    @Singleton
    EmailConfigUseCase emailConfigs(
            EmailConfigStore store,
            SecretCipher cipher,
            TransactionRunner transactions,
            Clock clock,
            MailHostPolicy hosts) {
        return new EmailConfigService(store, cipher, transactions, clock, hosts);
    }

    @Provides
    @Singleton
    MailQueueSettings queueSettings(MailSettings settings) {
        return settings.queue();
    }

    @Provides
    @Singleton
    @Named(SINGLE_TRY)
    ClientMailer singleTryClientMailer(
            EmailConfigUseCase configs, MailSenders senders, @Named(DIRECT) MailSender direct) {
        return new ProviderClientMailer(configs, senders, direct);
    }

    @Provides
    @Singleton
    ClientMailer clientMailer(
            EmailConfigUseCase configs, MailSenders senders, @Named(DIRECT) MailSender direct, Retry retry) {
        return new RetryingClientMailer(new ProviderClientMailer(configs, senders, direct), retry);
    }
}
