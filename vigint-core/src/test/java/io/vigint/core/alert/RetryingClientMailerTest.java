package io.vigint.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.RecordingAlertMailer;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.MailMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryingClientMailerTest {
    private static final ClientId ACME = new ClientId(1);
    private static final MailMessage MESSAGE = new MailMessage("a@b.example", "s", "t", null, List.of());

    private final RecordingAlertMailer delegate = new RecordingAlertMailer();
    private final List<Duration> sleeps = new ArrayList<>();
    private final RetryingClientMailer mailer =
            new RetryingClientMailer(delegate, 4, Duration.ofMillis(500), sleeps::add);

    @Test
    void aFirstSuccessDoesNotWait() {
        mailer.send(ACME, MESSAGE);

        assertThat(delegate.sent()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void theWaitDoublesBeforeEachFurtherAttemptAndTheLastFailureIsThrown() {
        delegate.failNext(10);

        assertThatThrownBy(() -> mailer.send(ACME, MESSAGE))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MAIL_FAILED));
        assertThat(delegate.attempts()).isEqualTo(4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void otherFailuresAreNotRetried() {
        RetryingClientMailer retrying = new RetryingClientMailer(
                (client, message) -> {
                    throw new VigintException(ErrorCode.INVALID_EMAIL_CONFIG);
                },
                3,
                Duration.ofSeconds(1),
                sleeps::add);

        assertThatThrownBy(() -> retrying.send(ACME, MESSAGE))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_EMAIL_CONFIG));
        assertThat(sleeps).isEmpty();
    }
}
