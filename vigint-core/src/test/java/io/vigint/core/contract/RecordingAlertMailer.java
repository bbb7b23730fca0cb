package io.vigint.core.contract;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.MailMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link ClientMailer} that keeps what it is asked to send; it can be told to fail the next sends. */
public final class RecordingAlertMailer implements ClientMailer {
    /** One message and the client it was sent for. */
    public record Sent(ClientId clientId, MailMessage message) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    @Override
    public void send(ClientId clientId, MailMessage message) {
        attempts.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new VigintException(
                    CoreErrorCode.MAIL_FAILED, "The provider refused the message", Map.of("provider", "test"));
        }
        sent.add(new Sent(clientId, message));
    }

    /** Makes the next {@code count} sends fail with {@code MAIL_FAILED}. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** What was sent, in order. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** How many sends were attempted, failed ones included. */
    public int attempts() {
        return attempts.get();
    }
}
