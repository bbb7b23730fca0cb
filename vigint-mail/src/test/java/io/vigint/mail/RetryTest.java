package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.MailMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    private static final MailMessage MESSAGE = new MailMessage("a@b.co", "Incident", "text", null, List.of());

    private final List<Duration> sleeps = new ArrayList<>();
    private final Retry retry = new Retry(4, Duration.ofMillis(500), sleeps::add);

    @Test
    void retriesTransientFailuresWithDoublingBackoffUntilItWorks() {
        AtomicInteger calls = new AtomicInteger();
        RetryingMailSender sender = new RetryingMailSender(
                message -> {
                    if (calls.incrementAndGet() < 3) {
                        throw MailFailures.failed("smtp", new IOException("connection refused"));
                    }
                },
                retry);

        sender.send(MESSAGE);

        assertThat(calls).hasValue(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheLastFailure() {
        AtomicInteger calls = new AtomicInteger();
        RetryingMailSender sender = new RetryingMailSender(
                message -> {
                    throw MailFailures.rejected("sendgrid", 500 + calls.incrementAndGet());
                },
                retry);

        assertThatThrownBy(() -> sender.send(MESSAGE)).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED);
            assertThat(e.details()).containsEntry("status", 504).containsEntry("provider", "sendgrid");
        });
        assertThat(calls).hasValue(4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aRefusalThatCannotPassIsNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        RetryingMailSender sender = new RetryingMailSender(
                message -> {
                    calls.incrementAndGet();
                    throw MailFailures.rejected("postmark", 401);
                },
                retry);

        assertThatThrownBy(() -> sender.send(MESSAGE)).isInstanceOf(VigintException.class);
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void refusedSmtpCredentialsAndMalformedAddressesAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        RetryingMailSender sender = new RetryingMailSender(
                message -> {
                    calls.incrementAndGet();
                    throw MailFailures.failed("smtp", new jakarta.mail.AuthenticationFailedException("535"));
                },
                retry);
        RetryingMailSender badAddress = new RetryingMailSender(
                message -> {
                    calls.incrementAndGet();
                    throw MailFailures.failed("smtp", new jakarta.mail.internet.AddressException("bad"));
                },
                retry);

        assertThatThrownBy(() -> sender.send(MESSAGE)).isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> badAddress.send(MESSAGE)).isInstanceOf(VigintException.class);
        assertThat(calls).hasValue(2);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void tooManyRequestsIsRetried() {
        AtomicInteger calls = new AtomicInteger();
        RetryingClientMailer mailer = new RetryingClientMailer(
                (client, message) -> {
                    if (calls.incrementAndGet() == 1) {
                        throw MailFailures.rejected("mailgun", 429);
                    }
                },
                retry);

        mailer.send(new ClientId(1), MESSAGE);

        assertThat(calls).hasValue(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void otherErrorsAndInterruptionsStopAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        RetryingMailSender invalid = new RetryingMailSender(
                message -> {
                    calls.incrementAndGet();
                    throw new VigintException(CoreErrorCode.VALIDATION_FAILED, "bad");
                },
                retry);
        assertThatThrownBy(() -> invalid.send(MESSAGE)).isInstanceOf(VigintException.class);
        assertThat(calls).hasValue(1);

        Retry interrupted = new Retry(3, Duration.ofSeconds(1), d -> {
            throw new InterruptedException();
        });
        RetryingMailSender failing = new RetryingMailSender(
                message -> {
                    calls.incrementAndGet();
                    throw MailFailures.failed("smtp", new IOException("down"));
                },
                interrupted);
        assertThatThrownBy(() -> failing.send(MESSAGE)).isInstanceOf(VigintException.class);
        assertThat(calls).hasValue(2);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void oneAttemptMeansNoRetry() {
        assertThatThrownBy(() -> new Retry(0, Duration.ZERO, d -> {})).isInstanceOf(IllegalArgumentException.class);
        AtomicInteger calls = new AtomicInteger();
        RetryingMailSender once = new RetryingMailSender(
                message -> {
                    calls.incrementAndGet();
                    throw MailFailures.failed("smtp", new IOException("down"));
                },
                new Retry(1, Duration.ofSeconds(1), sleeps::add));
        assertThatThrownBy(() -> once.send(MESSAGE)).isInstanceOf(VigintException.class);
        assertThat(calls).hasValue(1);
        assertThat(sleeps).isEmpty();
    }
}
