package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.EmailConfig;
import io.vigint.core.mail.EmailProviderAccount;
import io.vigint.core.mail.SmtpSecurity;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client's SMTP server is connected to only at an address the {@link OutboundPolicy} checked at the
 * moment of connecting: a name that resolved to the internet when the client set it and to loopback
 * now is never connected to (a loopback listener sees nothing), the refusal is not retried, and a host
 * the operator allowed is reached at the address the policy resolved.
 */
class GuardedSmtpIT {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:15:00Z"));
    /** What every name resolves to, changed by a test as DNS can change. */
    private final AtomicReference<String> dns = new AtomicReference<>("93.184.216.34");

    private InetAddress[] resolve(String host) throws UnknownHostException {
        return new InetAddress[] {InetAddress.getByName(dns.get())};
    }

    private static EmailProviderAccount account(String host, int port) {
        return new EmailProviderAccount(
                EmailConfig.smtp("alerts@acme.test", null, host, port, null, SmtpSecurity.NONE), null);
    }

    private MailSenders senders(String allow) {
        return new MailSenders(
                ProviderEndpoints.defaults(),
                HttpClient.newHttpClient(),
                clock,
                new OutboundPolicy(OutboundAllowList.parse(allow), this::resolve));
    }

    @Test
    void aNameThatNowResolvesToLoopbackIsNeverConnectedToAndNotRetried() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            MailSenders senders = senders("");
            OutboundPolicy policy = new OutboundPolicy(OutboundAllowList.none(), this::resolve);
            assertThat(policy.refusal("mail.rebinding.test"))
                    .as("accepted when set")
                    .isEmpty();
            dns.set("127.0.0.1");
            List<Duration> sleeps = new ArrayList<>();
            RetryingMailSender sender = new RetryingMailSender(
                    senders.forClientAccount(account("mail.rebinding.test", listener.getLocalPort())),
                    new Retry(3, Duration.ofMillis(10), sleeps::add));

            assertThatThrownBy(() -> sender.send(Messages.alert("security@acme.com")))
                    .isInstanceOfSatisfying(VigintException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.MAIL_FAILED);
                        assertThat(e.details()).containsEntry("reason", "OutboundAddressRefused");
                    });
            assertThat(sleeps).as("a refusal is permanent").isEmpty();
            assertNoConnection(listener);
        }
    }

    @Test
    void aLiteralLoopbackHostStoredBeforeTheCheckIsNeverConnectedTo() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (String host : List.of("127.0.0.1", "2130706433", "0x7f000001", "127.1", "localhost")) {
                assertThatThrownBy(() -> senders("")
                                .forClientAccount(account(host, listener.getLocalPort()))
                                .send(Messages.alert("security@acme.com")))
                        .as(host)
                        .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.details())
                                .containsEntry("reason", "OutboundAddressRefused"));
            }
            assertNoConnection(listener);
        }
    }

    @Test
    void aHostTheOperatorAllowedIsReachedAtTheAddressThePolicyResolved() throws Exception {
        dns.set("127.0.0.1");

        // the system resolver does not know relay.internal.test: the connection used the policy's answer
        senders("relay.internal.test")
                .forClientAccount(account("relay.internal.test", SMTP.getSmtp().getPort()))
                .send(Messages.alert("security@acme.com"));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void tlsFromTheStartIsStillNegotiatedOnTheGuardedSocket() {
        GreenMail smtps = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        smtps.start();
        try {
            dns.set("127.0.0.1");
            EmailProviderAccount ssl = new EmailProviderAccount(
                    EmailConfig.smtp(
                            "alerts@acme.test",
                            null,
                            "relay.internal.test",
                            smtps.getSmtps().getPort(),
                            null,
                            SmtpSecurity.SSL),
                    null);

            // GreenMail's certificate is self-signed: the handshake happens, on the guarded socket, and fails
            assertThatThrownBy(() ->
                            senders("relay.internal.test").forClientAccount(ssl).send(Messages.alert("a@acme.test")))
                    .isInstanceOf(VigintException.class)
                    .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(SSLHandshakeException.class));
            assertThat(smtps.getReceivedMessages()).isEmpty();
        } finally {
            smtps.stop();
        }
    }

    @Test
    void theOperatorsOwnServerIsNotChecked() throws Exception {
        senders("").forAccount(account("127.0.0.1", SMTP.getSmtp().getPort())).send(Messages.alert("a@acme.test"));

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anSesRegionWhoseHostResolvesInternallyIsRefusedBeforeTheRequest() {
        dns.set("169.254.169.254");
        EmailProviderAccount ses = new EmailProviderAccount(
                new EmailConfig(
                        io.vigint.core.mail.EmailProvider.SES,
                        "alerts@acme.test",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "eu-west-1",
                        "AKIAIOSFODNN7EXAMPLE"),
                "not-a-real-secret");

        assertThatThrownBy(() -> senders("").forClientAccount(ses).send(Messages.alert("a@acme.test")))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.details())
                        .containsEntry("provider", "ses")
                        .containsEntry("reason", "OutboundAddressRefused"));
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static void assertNoConnection(ServerSocket listener) throws Exception {
        listener.setSoTimeout(300);
        assertThatThrownBy(listener::accept)
                .as("the loopback listener saw a connection")
                .isInstanceOf(SocketTimeoutException.class);
    }
}
