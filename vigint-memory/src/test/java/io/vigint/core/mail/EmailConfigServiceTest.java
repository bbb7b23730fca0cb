package io.vigint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.Client;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.contract.ReversibleTestCipher;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.memory.InMemoryEmailConfigStore;
import io.vigint.memory.InMemoryStorage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailConfigServiceTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final InMemoryEmailConfigStore store = new InMemoryEmailConfigStore();
    private final MutableClock clock = new MutableClock(Fixtures.T0);
    /** Refuses the one host {@code internal.example.com}, as the mail adapter refuses internal addresses. */
    private final MailHostPolicy hosts = host -> host.equals("internal.example.com")
            ? Optional.of("host must not be an internal address")
            : Optional.empty();

    private final EmailConfigService service =
            new EmailConfigService(store, new ReversibleTestCipher(), storage, clock, hosts);
    private final Client acme = storage.insert(Fixtures.newClient("Acme"));

    private static Map<String, Object> smtp() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("host", "smtp.example.com");
        fields.put("port", 587);
        fields.put("username", "noreply@example.com");
        fields.put("password", "app-password");
        fields.put("use_tls", true);
        fields.put("from_email", "noreply@example.com");
        fields.put("from_name", "My Application");
        return fields;
    }

    @Test
    void setStoresTheSecretSealedAndTheAccountDecryptsIt() {
        var result = service.setEmailConfig(acme.id(), "smtp", smtp());

        assertThat(result.created()).isTrue();
        StoredEmailConfig stored = store.findEmailConfig(acme.id()).orElseThrow();
        assertThat(stored.sealedSecret()).startsWith("test-sealed:").doesNotContain("app-password");
        assertThat(stored.config())
                .isEqualTo(EmailConfig.smtp(
                        "noreply@example.com",
                        "My Application",
                        "smtp.example.com",
                        587,
                        "noreply@example.com",
                        SmtpSecurity.STARTTLS));
        assertThat(stored.config().publicFields()).doesNotContainKey("password").doesNotContainValue("app-password");
        EmailProviderAccount account = service.providerAccount(acme.id()).orElseThrow();
        assertThat(account.secret()).isEqualTo("app-password");
        assertThat(account.toString()).doesNotContain("app-password");
    }

    @Test
    void anSmtpHostThePolicyRefusesIsInvalidOnSetAndReplaceAndChangesNothing() {
        Map<String, Object> internal = smtp();
        internal.put("host", "internal.example.com");

        assertInvalid(() -> service.setEmailConfig(acme.id(), "smtp", internal), "host");
        assertThat(store.findEmailConfig(acme.id())).isEmpty();

        service.setEmailConfig(acme.id(), "smtp", smtp());
        assertInvalid(() -> service.replaceEmailConfig(acme.id(), "smtp", internal), "host");
        assertInvalid(() -> service.setEmailConfig(acme.id(), "smtp", internal), "host");
        assertThat(store.findEmailConfig(acme.id()).orElseThrow().config().host())
                .isEqualTo("smtp.example.com");
    }

    @Test
    void settingAgainReplacesAndKeepsTheCreationTime() {
        service.setEmailConfig(acme.id(), "smtp", smtp());
        clock.advance(java.time.Duration.ofMinutes(5));

        var result = service.setEmailConfig(acme.id(), "sendgrid", Map.of("api_key", "SG.x", "from_email", "a@b.co"));

        assertThat(result.created()).isFalse();
        assertThat(result.config().createdAt()).isEqualTo(Fixtures.T0);
        assertThat(result.config().updatedAt()).isEqualTo(Fixtures.T0.plusSeconds(300));
        assertThat(service.providerAccount(acme.id()).orElseThrow().secret()).isEqualTo("SG.x");
    }

    @Test
    void replaceKeepsTheStoredSecretWhenLeftOutForTheSameProvider() {
        service.setEmailConfig(acme.id(), "smtp", smtp());
        Map<String, Object> update = smtp();
        update.remove("password");
        update.put("from_name", "Renamed");

        StoredEmailConfig replaced = service.replaceEmailConfig(acme.id(), "smtp", update);

        assertThat(replaced.config().fromName()).isEqualTo("Renamed");
        assertThat(service.providerAccount(acme.id()).orElseThrow().secret()).isEqualTo("app-password");
        assertInvalid(
                () -> service.replaceEmailConfig(acme.id(), "postmark", Map.of("from_email", "a@b.co")),
                "server_token");
    }

    @Test
    void replaceGetAndDeleteWithoutAConfigAreNotFound() {
        assertThatThrownBy(() -> service.replaceEmailConfig(acme.id(), "smtp", smtp()))
                .isInstanceOfSatisfying(VigintException.class, e -> assertThat(e.code())
                        .isEqualTo(CoreErrorCode.EMAIL_CONFIG_NOT_FOUND));
        assertThatThrownBy(() -> service.emailConfig(acme.id())).isInstanceOf(VigintException.class);
        assertThatThrownBy(() -> service.deleteEmailConfig(acme.id())).isInstanceOf(VigintException.class);
        assertThat(service.providerAccount(acme.id())).isEmpty();
    }

    @Test
    void deleteRemovesTheConfig() {
        service.setEmailConfig(acme.id(), "smtp", smtp());

        service.deleteEmailConfig(acme.id());

        assertThat(service.providerAccount(acme.id())).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}={2}")
    @CsvSource({
        "smtp, port, 70000",
        "smtp, port, abc",
        "smtp, host, 'not a host'",
        "smtp, security, tls13",
        "smtp, from_email, not-an-email",
        "smtp, shoe_size, 42",
        "smtp, from_name, ''",
    })
    void invalidSmtpFieldsAreNamed(String provider, String field, String value) {
        Map<String, Object> fields = smtp();
        fields.put(field, value.isEmpty() ? "line\nbreak" : value);
        assertInvalid(() -> service.setEmailConfig(acme.id(), provider, fields), field);
        assertThat(store.findEmailConfig(acme.id())).isEmpty();
    }

    @Test
    void requiredFieldsOfEachProviderAreNamed() {
        assertInvalid(() -> service.setEmailConfig(acme.id(), "fax", Map.of()), "provider");
        assertInvalid(() -> service.setEmailConfig(acme.id(), null, Map.of()), "provider");
        Map<String, Object> noHost = smtp();
        noHost.remove("host");
        assertInvalid(() -> service.setEmailConfig(acme.id(), "smtp", noHost), "host");
        Map<String, Object> noPassword = smtp();
        noPassword.remove("password");
        assertInvalid(() -> service.setEmailConfig(acme.id(), "smtp", noPassword), "password");
        assertInvalid(
                () -> service.setEmailConfig(acme.id(), "mailgun", Map.of("api_key", "k", "from_email", "a@b.co")),
                "domain");
        assertInvalid(
                () -> service.setEmailConfig(
                        acme.id(),
                        "mailgun",
                        Map.of("api_key", "k", "domain", "mg.b.co", "region", "asia", "from_email", "a@b.co")),
                "region");
        assertInvalid(() -> service.setEmailConfig(acme.id(), "sendgrid", Map.of("from_email", "a@b.co")), "api_key");
        assertInvalid(() -> service.setEmailConfig(acme.id(), "sendgrid", Map.of("api_key", "k")), "from_email");
        assertInvalid(
                () -> service.setEmailConfig(acme.id(), "postmark", Map.of("api_key", "k", "from_email", "a@b.co")),
                "api_key");
        assertInvalid(
                () -> service.setEmailConfig(
                        acme.id(),
                        "ses",
                        Map.of(
                                "access_key_id",
                                "AKIAIOSFODNN7EXAMPLE",
                                "secret_access_key",
                                "s",
                                "region",
                                "mars",
                                "from_email",
                                "a@b.co")),
                "region");
        assertInvalid(
                () -> service.setEmailConfig(
                        acme.id(),
                        "ses",
                        Map.of(
                                "access_key_id",
                                "short",
                                "secret_access_key",
                                "s",
                                "region",
                                "eu-west-1",
                                "from_email",
                                "a@b.co")),
                "access_key_id");
        assertThat(store.findEmailConfig(acme.id())).isEmpty();
    }

    @Test
    void smtpDefaultsFollowTheSecurity() {
        EmailConfig ssl = EmailConfigValidator.validate(
                        "smtp", Map.of("host", "smtp.b.co", "port", 465, "from_email", "a@b.co"))
                .config();
        EmailConfig plain = EmailConfigValidator.validate(
                        "smtp", Map.of("host", "smtp.b.co", "use_tls", false, "from_email", "a@b.co"))
                .config();

        assertThat(ssl.security()).isEqualTo(SmtpSecurity.SSL);
        assertThat(plain.port()).isEqualTo(25);
        assertThat(plain.security()).isEqualTo(SmtpSecurity.NONE);
        assertThat(plain.needsSecret()).isFalse();
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.INVALID_EMAIL_CONFIG);
            assertThat(e.details()).containsEntry("field", field);
        });
    }
}
