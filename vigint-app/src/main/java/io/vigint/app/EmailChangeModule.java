package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.vigint.core.client.ClientStore;
import io.vigint.core.client.EmailChangeService;
import io.vigint.core.client.EmailChangeStore;
import io.vigint.core.client.EmailChangeUseCase;
import io.vigint.core.mail.MailSender;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import io.vigint.http.alert.AlertConfig;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code vigint serve} adds so that a client can change its own email address: the {@link
 * EmailChangeService}, which mails the confirmation link through the server's {@link MailSender} (the
 * outbox unless a server mail provider is configured). The link points at {@link
 * AlertConfig#publicBaseUrl}, like video links, and works for {@link
 * EmailChangeService#DEFAULT_LINK_LIFETIME}. Changes made by the operator (admin API, CLI) do not pass
 * through here: they are confirmed at once.
 */
public final class EmailChangeModule extends AbstractModule {
    private final String publicBaseUrl;

    /** @param publicBaseUrl where clients reach this server ({@link AlertConfig#publicBaseUrl}) */
    public EmailChangeModule(String publicBaseUrl) {
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    }

    @Provides
    @Singleton
    EmailChangeUseCase emailChanges(
            ClientStore clients,
            EmailChangeStore changes,
            TransactionRunner transactions,
            MailSender mail,
            Optional<AccessChangeNotifier> notifier,
            Clock clock,
            RandomSource random) {
        return new EmailChangeService(
                clients,
                changes,
                transactions,
                mail,
                notifier.orElse(AccessChangeNotifier.none()),
                clock,
                random,
                publicBaseUrl,
                EmailChangeService.DEFAULT_LINK_LIFETIME);
    }
}
