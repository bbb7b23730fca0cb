package io.vigint.core.client;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.KeyHash;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;
import io.vigint.core.port.AccessChangeNotifier;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link EmailChangeUseCase}: the confirmation token is 256 random bits (base64url), of which only the
 * SHA-256 hash is stored; it works once, for {@link #DEFAULT_LINK_LIFETIME} by default. The mail carries
 * only Vigint's own fixed text and the link (no client-written text: the new address's owner has not
 * agreed to anything yet) and goes out through the server's {@link MailSender}, never a client's own
 * provider. A client may have a link sent at most once every {@link #RESEND_INTERVAL}.
 *
 * @param publicBaseUrl where people reach this server ({@code https://vigint.example.com}; a slash is
 *     added at the end if missing); the link is {@code <publicBaseUrl>/api/v1/clients/confirm-email?token=…}
 */
public record EmailChangeService(
        ClientStore clients,
        EmailChangeStore changes,
        TransactionRunner transactions,
        MailSender mail,
        AccessChangeNotifier notifier,
        Clock clock,
        RandomSource random,
        String publicBaseUrl,
        Duration linkLifetime)
        implements EmailChangeUseCase {
    /** How long a confirmation link works unless configured otherwise. */
    public static final Duration DEFAULT_LINK_LIFETIME = Duration.ofHours(48);
    /** The least time between two confirmation mails for one client. */
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);
    /** The path of the confirmation route, relative to the server root. */
    public static final String CONFIRM_PATH = "api/v1/clients/confirm-email";

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_TOKEN_CHARS = 128;

    public EmailChangeService {
        Checks.nonNull(
                "clients changes transactions mail notifier clock random publicBaseUrl linkLifetime",
                clients,
                changes,
                transactions,
                mail,
                notifier,
                clock,
                random,
                publicBaseUrl,
                linkLifetime);
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        if (linkLifetime.isNegative() || linkLifetime.isZero()) {
            throw new IllegalArgumentException("linkLifetime must be positive: " + linkLifetime);
        }
    }

    @Override
    public Optional<PendingEmailChange> requestEmailChange(ClientId clientId, String newEmail) {
        String email = Checks.email("email", newEmail);
        String token = newToken();
        Optional<PendingEmailChange> requested = transactions.inTransaction(() -> {
            Client client = requireClient(clientId);
            Instant now = now();
            if (fold(client.email()).equals(fold(email))) {
                changes.deleteEmailChange(clientId);
                return Optional.empty();
            }
            Optional<PendingEmailChange> previous = changes.findEmailChange(clientId);
            if (previous.isPresent()
                    && now.isBefore(previous.get().requestedAt().plus(RESEND_INTERVAL))) {
                long wait = Duration.between(now, previous.get().requestedAt().plus(RESEND_INTERVAL))
                        .toSeconds();
                throw new VigintException(
                        CoreErrorCode.RATE_LIMITED,
                        "A confirmation link was sent less than a minute ago; retry later",
                        Map.of("retry_after_seconds", Math.max(1, wait)));
            }
            PendingEmailChange change =
                    new PendingEmailChange(clientId, email, KeyHash.of(token), now, now.plus(linkLifetime));
            changes.putEmailChange(change);
            return Optional.of(change);
        });
        if (requested.isEmpty()) {
            return requested;
        }
        try {
            mail.send(confirmationMail(email, token, requested.get().expiresAt()));
        } catch (RuntimeException e) {
            transactions.run(() -> changes.findEmailChange(clientId)
                    .filter(current ->
                            current.tokenHash().equals(requested.get().tokenHash()))
                    .ifPresent(current -> changes.deleteEmailChange(clientId)));
            throw e;
        }
        return requested;
    }

    @Override
    public Client confirmEmailChange(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_CHARS) {
            throw invalidToken();
        }
        KeyHash hash = KeyHash.of(token.strip());
        return transactions.inTransaction(() -> {
            PendingEmailChange change =
                    changes.findEmailChangeByToken(hash).orElseThrow(EmailChangeService::invalidToken);
            Instant now = now();
            if (change.isExpiredAt(now)) {
                changes.deleteEmailChange(change.clientId());
                throw invalidToken();
            }
            Client old = requireClient(change.clientId());
            Client confirmed = new Client(
                    old.id(), old.name(), change.email(), old.description(), old.active(), old.createdAt(), now);
            clients.update(confirmed);
            changes.deleteEmailChange(old.id());
            notifier.accessChanged(old.id());
            return requireClient(old.id());
        });
    }

    @Override
    public Optional<PendingEmailChange> pendingEmailChange(ClientId clientId) {
        Instant now = clock.instant();
        return transactions
                .inTransaction(() -> changes.findEmailChange(clientId))
                .filter(change -> !change.isExpiredAt(now));
    }

    private MailMessage confirmationMail(String to, String token, Instant expiresAt) {
        String link = publicBaseUrl + CONFIRM_PATH + "?token=" + token;
        String text = "Someone asked Vigint to send security alerts and invoices for their account to this"
                + " address.\n\n"
                + "If that was you, confirm the address by opening this link before "
                + expiresAt.truncatedTo(ChronoUnit.MINUTES) + ":\n\n"
                + link + "\n\n"
                + "If it was not you, ignore this message: nothing will be sent to this address.\n";
        return new MailMessage(to, "Confirm your email address for Vigint", text, null, List.of());
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Client requireClient(ClientId id) {
        return clients.findById(id)
                .orElseThrow(() -> new VigintException(
                        CoreErrorCode.CLIENT_NOT_FOUND, "No client with id " + id, Map.of("client_id", id.value())));
    }

    private static VigintException invalidToken() {
        return new VigintException(CoreErrorCode.INVALID_CONFIRMATION_TOKEN);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
