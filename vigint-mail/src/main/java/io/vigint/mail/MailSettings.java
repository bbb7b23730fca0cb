package io.vigint.mail;

import io.vigint.core.mail.EmailProviderAccount;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the server sends mail.
 *
 * @param serverAccount the server's provider, or {@code null} to write every message to the outbox
 * @param outboxDirectory where the outbox writes {@code .eml} files
 * @param outboxFrom the sender written into outbox messages
 * @param attempts tries per message, at least 1
 * @param initialBackoff the wait after the first failure, doubled after each further one
 * @param endpoints the base URLs of the mail APIs
 * @param outboundAllow the internal hosts and addresses that a client's mail configuration may use
 * @param queue how the mail queue is drained (alerts are queued; see {@link MailQueueDrainer})
 */
public record MailSettings(
        EmailProviderAccount serverAccount,
        Path outboxDirectory,
        MailFrom outboxFrom,
        int attempts,
        Duration initialBackoff,
        ProviderEndpoints endpoints,
        OutboundAllowList outboundAllow,
        MailQueueSettings queue) {
    /** Sender address when none is configured. */
    public static final String DEFAULT_FROM = "vigint@localhost";

    public MailSettings {
        Objects.requireNonNull(outboxDirectory, "outboxDirectory");
        Objects.requireNonNull(outboxFrom, "outboxFrom");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(outboundAllow, "outboundAllow");
        Objects.requireNonNull(queue, "queue");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
    }

    /**
     * Everything to the outbox in {@code <dataDir>/outbox}, three tries one second apart doubling, and the
     * queue's {@linkplain MailQueueSettings#defaults() defaults}.
     */
    public static MailSettings outbox(Path dataDir) {
        return new MailSettings(
                null,
                dataDir.resolve("outbox"),
                new MailFrom(DEFAULT_FROM, "Vigint"),
                3,
                Duration.ofSeconds(1),
                ProviderEndpoints.defaults(),
                OutboundAllowList.none(),
                MailQueueSettings.defaults());
    }

    @Override
    public String toString() {
        return "MailSettings[provider="
                + (serverAccount == null
                        ? "outbox"
                        : serverAccount.config().provider().wireName())
                + ", outbox=" + outboxDirectory + ", attempts=" + attempts + ", backoff=" + initialBackoff
                + ", outboundAllow=" + outboundAllow + ", queue=" + queue + "]";
    }
}
