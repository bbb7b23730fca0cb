package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static io.vigint.core.contract.Fixtures.newClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.alert.AlertSettings;
import io.vigint.core.client.Client;
import io.vigint.core.client.ClientId;
import io.vigint.core.mail.ClaimedMail;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailQueue;
import io.vigint.core.mail.MailQueueDepth;
import io.vigint.core.port.ClientDataOwner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailQueue} promises: a message comes back from a claim field for field; a claimed
 * message is not claimed again while its lease runs and is due again when it ends (a dead sender loses
 * nothing) with a higher attempt number that fences the old claim's report; a retry waits for its time;
 * a failed message is kept and counted but never claimed; no client gets more than its cap under lease;
 * and a deleted client's messages go with it.
 */
public interface MailQueueContract extends StorageFixture {
    MailQueue mailQueue();

    /** The owner the core calls before deleting a client (may be a no-op where the schema cascades). */
    ClientDataOwner mailQueueOwner();

    Duration LEASE = Duration.ofMinutes(5);

    private List<ClaimedMail> claim(Instant now, int limit, int cap) {
        return mailQueue().claim(now, now.plus(LEASE), limit, cap, Set.of());
    }

    private static MailMessage message(String subject) {
        return new MailMessage("ops@acme.example", subject, "text of " + subject, null, List.of());
    }

    @Test
    default void aQueuedMessageIsClaimedFieldForFieldWithItsAttachment() {
        Client acme = clientStore().insert(newClient("Acme"));
        byte[] clip = new byte[70_000];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (byte) (i * 31);
        }
        MailMessage message = new MailMessage(
                "security@acme.example",
                "[Vigint] HIGH risk: intrusion (source gate)",
                "Line one\nLine two: é ü ✓",
                "<p>html</p>",
                List.of(new MailAttachment("incident.avi", "video/x-msvideo", clip)));

        long id = mailQueue().enqueue(acme.id(), message, T0);
        List<ClaimedMail> claimed = claim(T0, 10, 2);

        assertThat(claimed).hasSize(1);
        ClaimedMail mail = claimed.get(0);
        assertThat(mail.id()).isEqualTo(id);
        assertThat(mail.attempt()).isEqualTo(1);
        assertThat(mail.clientId()).isEqualTo(acme.id());
        assertThat(mail.message().to()).isEqualTo(message.to());
        assertThat(mail.message().subject()).isEqualTo(message.subject());
        assertThat(mail.message().text()).isEqualTo(message.text());
        assertThat(mail.message().html()).isEqualTo("<p>html</p>");
        assertThat(mail.message().attachments()).hasSize(1);
        MailAttachment attachment = mail.message().attachments().get(0);
        assertThat(attachment.filename()).isEqualTo("incident.avi");
        assertThat(attachment.contentType()).isEqualTo("video/x-msvideo");
        assertThat(attachment.content()).isEqualTo(clip);
    }

    @Test
    default void anAttachmentOfTheLargestAttachableSizeRoundTrips() {
        Client acme = clientStore().insert(newClient("Acme"));
        byte[] clip = new byte[(int) AlertSettings.DEFAULT_MAX_ATTACHMENT_BYTES];
        new java.util.Random(7).nextBytes(clip);
        mailQueue()
                .enqueue(
                        acme.id(),
                        new MailMessage(
                                "security@acme.example",
                                "large",
                                "text",
                                null,
                                List.of(new MailAttachment("incident.avi", "video/x-msvideo", clip))),
                        T0);

        ClaimedMail mail = claim(T0, 10, 2).get(0);

        assertThat(mail.message().attachments().get(0).content()).isEqualTo(clip);
    }

    @Test
    default void aMessageWithoutHtmlOrAttachmentRoundTrips() {
        Client acme = clientStore().insert(newClient("Acme"));
        mailQueue().enqueue(acme.id(), message("plain"), T0);

        ClaimedMail mail = claim(T0, 10, 2).get(0);

        assertThat(mail.message().html()).isNull();
        assertThat(mail.message().attachments()).isEmpty();
    }

    @Test
    default void moreThanOneAttachmentIsRefused() {
        Client acme = clientStore().insert(newClient("Acme"));
        MailAttachment a = new MailAttachment("a.txt", "text/plain", new byte[] {1});
        MailMessage two = new MailMessage("x@acme.example", "s", "t", null, List.of(a, a));

        assertThatThrownBy(() -> mailQueue().enqueue(acme.id(), two, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    default void aClaimedMessageIsDueAgainWhenItsLeaseEndsAndTheOldClaimCannotReport() {
        Client acme = clientStore().insert(newClient("Acme"));
        long id = mailQueue().enqueue(acme.id(), message("lease"), T0);
        assertThat(claim(T0, 10, 2)).hasSize(1);

        assertThat(claim(T0.plus(LEASE).minusSeconds(1), 10, 2))
                .as("not while the lease runs")
                .isEmpty();
        assertThat(mailQueue().depth(T0.plusSeconds(1))).isEqualTo(new MailQueueDepth(0, 1, 0));

        List<ClaimedMail> again = claim(T0.plus(LEASE), 10, 2);
        assertThat(again).extracting(ClaimedMail::id).containsExactly(id);
        assertThat(again.get(0).attempt()).isEqualTo(2);
        assertThat(mailQueue().sent(id, 1))
                .as("the first claim's late report is fenced")
                .isFalse();
        assertThat(mailQueue().sent(id, 2)).isTrue();
        assertThat(mailQueue().depth(T0.plus(LEASE))).isEqualTo(new MailQueueDepth(0, 0, 0));
        assertThat(claim(T0.plus(LEASE.multipliedBy(3)), 10, 2))
                .as("a sent message is gone")
                .isEmpty();
    }

    @Test
    default void aRetryWaitsForItsTimeAndCountsTheNextAttempt() {
        Client acme = clientStore().insert(newClient("Acme"));
        long id = mailQueue().enqueue(acme.id(), message("retry"), T0);
        claim(T0, 10, 2);

        assertThat(mailQueue().retryLater(id, 1, T0.plusSeconds(30), "SocketTimeoutException"))
                .isTrue();

        assertThat(claim(T0.plusSeconds(29), 10, 2)).isEmpty();
        assertThat(mailQueue().depth(T0.plusSeconds(29))).isEqualTo(new MailQueueDepth(1, 0, 0));
        List<ClaimedMail> retried = claim(T0.plusSeconds(30), 10, 2);
        assertThat(retried).hasSize(1);
        assertThat(retried.get(0).attempt()).isEqualTo(2);
        assertThat(mailQueue().retryLater(id, 1, T0.plusSeconds(60), "late")).isFalse();
    }

    @Test
    default void aFailedMessageIsKeptAndCountedButNeverClaimed() {
        Client acme = clientStore().insert(newClient("Acme"));
        long id = mailQueue().enqueue(acme.id(), message("failed"), T0);
        claim(T0, 10, 2);

        assertThat(mailQueue().failed(id, 1, "AuthenticationFailedException")).isTrue();

        assertThat(claim(T0.plus(Duration.ofDays(1)), 10, 2)).isEmpty();
        assertThat(mailQueue().depth(T0.plus(Duration.ofDays(1)))).isEqualTo(new MailQueueDepth(0, 0, 1));
        assertThat(mailQueue().sent(id, 1)).isFalse();
    }

    @Test
    default void noClientGetsMoreThanItsCapUnderLeaseAndOthersAreNotHeldBack() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        for (int i = 0; i < 5; i++) {
            mailQueue().enqueue(acme.id(), message("acme " + i), T0.plusMillis(i));
        }
        mailQueue().enqueue(beta.id(), message("beta"), T0.plusSeconds(1));
        Instant now = T0.plusSeconds(2);

        List<ClaimedMail> first = claim(now, 10, 2);

        assertThat(first).extracting(m -> m.message().subject()).containsExactly("acme 0", "acme 1", "beta");
        assertThat(claim(now, 10, 2)).as("Acme has 2 under lease already").isEmpty();
        mailQueue().sent(first.get(0).id(), 1);
        assertThat(claim(now, 10, 2)).extracting(m -> m.message().subject()).containsExactly("acme 2");
    }

    @Test
    default void theEarliestDueComeFirstUpToTheLimitAndSkippedClientsGetNone() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        mailQueue().enqueue(acme.id(), message("acme late"), T0.plusSeconds(3));
        mailQueue().enqueue(beta.id(), message("beta early"), T0.plusSeconds(1));
        mailQueue().enqueue(beta.id(), message("beta second"), T0.plusSeconds(2));
        Instant now = T0.plusSeconds(5);

        List<ClaimedMail> skipping = mailQueue().claim(now, now.plus(LEASE), 10, 5, Set.of(beta.id()));
        assertThat(skipping).extracting(m -> m.message().subject()).containsExactly("acme late");
        assertThat(claim(now, 1, 5)).extracting(m -> m.message().subject()).containsExactly("beta early");
    }

    @Test
    default void aDeletedClientsMessagesGoWithIt() {
        Client acme = clientStore().insert(newClient("Acme"));
        Client beta = clientStore().insert(newClient("Beta"));
        mailQueue().enqueue(acme.id(), message("acme"), T0);
        mailQueue().enqueue(beta.id(), message("beta"), T0);

        ClientId gone = acme.id();
        transactions().run(() -> {
            mailQueueOwner().deleteClientData(gone);
            clientStore().delete(gone);
        });

        assertThat(claim(T0, 10, 5)).extracting(ClaimedMail::clientId).containsExactly(beta.id());
    }
}
