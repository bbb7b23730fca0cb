package io.vigint.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.vigint.core.client.Client;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.VigintException;
import io.vigint.core.mail.ClientMailer;
import io.vigint.core.mail.EmailConfigStore;
import io.vigint.core.mail.EmailConfigUseCase;
import io.vigint.core.mail.MailSender;
import io.vigint.core.port.SecretCipher;
import io.vigint.core.port.TransactionRunner;
import io.vigint.memory.InMemoryEmailConfigStore;
import io.vigint.memory.InMemoryStorage;
import io.vigint.security.AesGcmSecretCipher;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link MailModule} wired over in-memory storage: a client with its own SMTP configuration gets its mail
 * through that server (GreenMail), a client without one through the server's default, the outbox.
 */
class ClientMailerIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("acme-mailer", "acme-pass"));

    @TempDir
    Path dataDir;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryEmailConfigStore configs = new InMemoryEmailConfigStore();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:15:00Z"));
    private Injector injector;
    private Client acme;
    private Client beta;

    @BeforeEach
    void wire() {
        MailSettings settings = new MailSettings(
                null,
                dataDir.resolve("outbox"),
                new MailFrom("vigint@localhost", "Vigint"),
                2,
                Duration.ofMillis(1),
                ProviderEndpoints.defaults(),
                // GreenMail listens on loopback, which a client's configuration may use only when allowed
                OutboundAllowList.parse("127.0.0.1"),
                MailQueueSettings.defaults());
        injector = Guice.createInjector(new MailModule(settings), new AbstractModule() {
            @Override
            protected void configure() {
                bind(EmailConfigStore.class).toInstance(configs);
                bind(SecretCipher.class).toInstance(new AesGcmSecretCipher(new byte[32]));
                bind(TransactionRunner.class).toInstance(storage);
                bind(Clock.class).toInstance(clock);
            }
        });
        acme = storage.insert(Fixtures.newClient("Acme"));
        beta = storage.insert(Fixtures.newClient("Beta"));
        injector.getInstance(EmailConfigUseCase.class)
                .setEmailConfig(
                        acme.id(),
                        "smtp",
                        Map.of(
                                "host", "127.0.0.1",
                                "port", SMTP.getSmtp().getPort(),
                                "use_tls", false,
                                "username", "acme-mailer",
                                "password", "acme-pass",
                                "from_email", "alerts@acme.test",
                                "from_name", "Acme Alerts"));
    }

    @Test
    void aClientWithItsOwnSmtpConfigurationSendsThroughIt() throws Exception {
        injector.getInstance(ClientMailer.class).send(acme.id(), Messages.alert("security@acme.com"));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(((InternetAddress) received[0].getFrom()[0]).getAddress()).isEqualTo("alerts@acme.test");
        assertThat(((InternetAddress) received[0].getAllRecipients()[0]).getAddress())
                .isEqualTo("security@acme.com");
        assertThat(Messages.attachment(received[0], "incident.avi")).isEqualTo(Messages.CLIP);
        assertThat(dataDir.resolve("outbox")).doesNotExist();
    }

    @Test
    void aClientWithoutConfigurationSendsThroughTheServersOutbox() throws Exception {
        injector.getInstance(ClientMailer.class).send(beta.id(), Messages.alert("security@beta.com"));

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        List<Path> files = outbox();
        assertThat(files).hasSize(1);
        MimeMessage mime = Messages.parse(Files.readAllBytes(files.get(0)));
        assertThat(((InternetAddress) mime.getAllRecipients()[0]).getAddress()).isEqualTo("security@beta.com");
        assertThat(((InternetAddress) mime.getFrom()[0]).getAddress()).isEqualTo("vigint@localhost");
    }

    @Test
    void removingTheConfigurationFallsBackToTheServerAtOnce() throws Exception {
        injector.getInstance(EmailConfigUseCase.class).deleteEmailConfig(acme.id());

        injector.getInstance(ClientMailer.class).send(acme.id(), Messages.alert("security@acme.com"));

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(outbox()).hasSize(1);
    }

    @Test
    void aFailingClientProviderIsRetriedThenReportedNotSilentlyRerouted() throws Exception {
        injector.getInstance(EmailConfigUseCase.class)
                .setEmailConfig(
                        acme.id(),
                        "smtp",
                        Map.of("host", "127.0.0.1", "port", 1, "use_tls", false, "from_email", "alerts@acme.test"));

        assertThatThrownBy(() -> injector.getInstance(ClientMailer.class).send(acme.id(), Messages.alert("a@acme.com")))
                .isInstanceOf(VigintException.class);
        assertThat(dataDir.resolve("outbox")).doesNotExist();
    }

    @Test
    void aSecretSealedUnderAnotherMasterKeyIsReportedOnceAndNotRerouted() {
        io.vigint.core.mail.StoredEmailConfig stored =
                configs.findEmailConfig(acme.id()).orElseThrow();
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        configs.updateEmailConfig(new io.vigint.core.mail.StoredEmailConfig(
                acme.id(),
                stored.config(),
                new AesGcmSecretCipher(otherKey).encrypt("acme-pass"),
                stored.createdAt(),
                stored.updatedAt()));

        assertThatThrownBy(() -> injector.getInstance(ClientMailer.class).send(acme.id(), Messages.alert("a@acme.com")))
                .isInstanceOfSatisfying(VigintException.class, e -> {
                    assertThat(e.details())
                            .containsEntry("provider", "smtp")
                            .containsEntry("reason", "UnreadableSecret");
                    assertThat(e.getMessage()).contains("master key");
                });
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(dataDir.resolve("outbox")).doesNotExist();
    }

    @Test
    void theServersSenderIsTheOutboxByDefault() throws Exception {
        injector.getInstance(MailSender.class).send(Messages.alert("ops@vigint.test"));

        assertThat(outbox()).hasSize(1);
        assertThat(injector.getInstance(MailSender.class)).isSameAs(injector.getInstance(MailSender.class));
    }

    private List<Path> outbox() throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
            return files.sorted().toList();
        }
    }
}
