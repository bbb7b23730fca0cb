package io.vigint.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.config.ConfigurationException;
import io.vigint.core.mail.EmailProvider;
import io.vigint.core.mail.SmtpSecurity;
import io.vigint.mail.MailConfig;
import io.vigint.mail.MailFrom;
import io.vigint.mail.MailQueueSettings;
import io.vigint.mail.MailSettings;
import io.vigint.mail.OutboundAllowList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailConfigTest {
    @TempDir
    Path cwd;

    private MailConfig mail(Map<String, String> env) {
        return Settings.resolve(Settings.Flags.none(), env, cwd).mail();
    }

    @Test
    void withNothingConfiguredMailGoesToTheOutboxInTheDataDirectory() {
        Settings settings = Settings.resolve(Settings.Flags.none(), Map.of(), cwd);

        MailSettings mail = settings.mail().toSettings(settings.dataDir());

        assertThat(mail.serverAccount()).isNull();
        assertThat(mail.outboxDirectory()).isEqualTo(cwd.resolve("vigint-data").resolve("outbox"));
        assertThat(mail.outboxFrom()).isEqualTo(new MailFrom("vigint@localhost", "Vigint"));
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.initialBackoff()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void smtpFromTheConfigFileWithThePasswordFromTheEnvironment() throws IOException {
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "mail.provider=smtp\nmail.from=alerts@acme.test\nmail.smtp.host=smtp.acme.test\n"
                        + "mail.smtp.port=2525\nmail.smtp.username=mailer\nmail.smtp.security=ssl\n"
                        + "mail.retry.attempts=5\nmail.retry.backoff=1s\nmail.outbox_dir=/var/spool/vigint\n");

        MailConfig config = mail(Map.of("VIGINT_MAIL_SMTP_PASSWORD", "smtp-secret"));

        assertThat(config.provider()).isEqualTo("smtp");
        assertThat(config.serverAccount().config().provider()).isEqualTo(EmailProvider.SMTP);
        assertThat(config.serverAccount().config().host()).isEqualTo("smtp.acme.test");
        assertThat(config.serverAccount().config().port()).isEqualTo(2525);
        assertThat(config.serverAccount().config().security()).isEqualTo(SmtpSecurity.SSL);
        assertThat(config.serverAccount().secret()).isEqualTo("smtp-secret");
        assertThat(config.retryAttempts()).isEqualTo(5);
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
        assertThat(config.outboxDirectory()).isEqualTo(Path.of("/var/spool/vigint"));
        assertThat(config.toString()).doesNotContain("smtp-secret");
    }

    @Test
    void theOutboundAllowListComesFromTheConfigFileOrTheEnvironmentAndIsEmptyByDefault() throws Exception {
        assertThat(mail(Map.of()).outboundAllow()).isEqualTo(OutboundAllowList.none());
        Files.writeString(cwd.resolve("vigint.conf"), "mail.outbound.allow=relay.internal, 10.0.0.0/8\n");

        Settings settings = Settings.resolve(Settings.Flags.none(), Map.of(), cwd);

        assertThat(settings.mail().outboundAllow()).isEqualTo(OutboundAllowList.parse("relay.internal,10.0.0.0/8"));
        assertThat(settings.mail().toSettings(settings.dataDir()).outboundAllow())
                .isEqualTo(OutboundAllowList.parse("relay.internal,10.0.0.0/8"));
        assertThat(mail(Map.of("VIGINT_MAIL_OUTBOUND_ALLOW", "127.0.0.1")).outboundAllow())
                .isEqualTo(OutboundAllowList.parse("127.0.0.1"));
    }

    @Test
    void anOutboundAllowEntryThatIsNoHostAddressOrRangeIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_OUTBOUND_ALLOW", "relay.internal,10.0.0.0/33")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_OUTBOUND_ALLOW")
                .hasMessageContaining("CIDR");
    }

    @Test
    void theMailQueueHasDefaultsAndTakesItsKeysFromTheConfigFileOrEnvironment() throws IOException {
        assertThat(mail(Map.of()).queue()).isEqualTo(MailQueueSettings.defaults());
        Files.writeString(
                cwd.resolve("vigint.conf"),
                "mail.queue.workers=8\nmail.queue.per_client=3\nmail.queue.attempts=5\nmail.queue.backoff=10s\n");

        MailConfig config = mail(Map.of("VIGINT_MAIL_QUEUE_LEASE", "2m"));

        assertThat(config.queue())
                .isEqualTo(new MailQueueSettings(8, 3, 5, Duration.ofSeconds(10), Duration.ofMinutes(2)));
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_QUEUE_WORKERS", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_QUEUE_WORKERS");
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_QUEUE_LEASE", "5s")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_QUEUE_LEASE");
    }

    @Test
    void apiProvidersTakeTheirKeysFromTheEnvironment() {
        MailConfig ses = mail(Map.of(
                "VIGINT_MAIL_PROVIDER", "ses",
                "VIGINT_MAIL_FROM", "alerts@acme.test",
                "VIGINT_MAIL_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                "VIGINT_MAIL_API_KEY", "ses-secret",
                "VIGINT_MAIL_REGION", "eu-west-1"));

        assertThat(ses.serverAccount().config().accessKeyId()).isEqualTo("AKIAIOSFODNN7EXAMPLE");
        assertThat(ses.serverAccount().config().region()).isEqualTo("eu-west-1");
        assertThat(ses.serverAccount().secret()).isEqualTo("ses-secret");
        assertThat(mail(Map.of(
                                "VIGINT_MAIL_PROVIDER", "postmark",
                                "VIGINT_MAIL_API_KEY", "pm-token",
                                "VIGINT_MAIL_FROM", "alerts@acme.test"))
                        .serverAccount()
                        .secret())
                .isEqualTo("pm-token");
    }

    @Test
    void mistakesNameTheSettingButNeverEchoASecret() {
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_PROVIDER", "pigeon")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_PROVIDER");
        assertThatThrownBy(() -> mail(Map.of(
                        "VIGINT_MAIL_PROVIDER", "smtp",
                        "VIGINT_MAIL_SMTP_PORT", "99999",
                        "VIGINT_MAIL_FROM", "alerts@acme.test")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_SMTP_PORT")
                .hasMessageContaining("99999");
        assertThatThrownBy(
                        () -> mail(Map.of("VIGINT_MAIL_PROVIDER", "sendgrid", "VIGINT_MAIL_FROM", "alerts@acme.test")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("mail.api_key");
        assertThatThrownBy(() -> mail(Map.of(
                        "VIGINT_MAIL_PROVIDER", "smtp",
                        "VIGINT_MAIL_SMTP_PASSWORD", "pass\u0001word-secret",
                        "VIGINT_MAIL_FROM", "alerts@acme.test",
                        "VIGINT_MAIL_SMTP_USERNAME", "u")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_SMTP_PASSWORD")
                .hasMessageNotContaining("word-secret");
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_PROVIDER", "smtp", "VIGINT_MAIL_FROM", "vigint@localhost")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_FROM");
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_FROM", "not an address")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_FROM");
        assertThatThrownBy(() -> mail(Map.of("VIGINT_MAIL_RETRY_ATTEMPTS", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VIGINT_MAIL_RETRY_ATTEMPTS");
    }
}
