package io.vigint.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKeyId;
import io.vigint.core.key.IssueApiKeyCommand;
import io.vigint.core.key.RotateApiKeyCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CommandValidationTest {
    private static void assertInvalid(String field, Runnable construct) {
        assertThatThrownBy(construct::run).isInstanceOfSatisfying(VigintException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    @Test
    void createClientTrimsItsInput() {
        CreateClientCommand command = new CreateClientCommand("  Acme  ", " security@acme.com ", "  ");

        assertThat(command.name()).isEqualTo("Acme");
        assertThat(command.email()).isEqualTo("security@acme.com");
        assertThat(command.description()).isNull();
    }

    @Test
    void createClientRefusesBadNamesAndEmails() {
        assertInvalid("name", () -> new CreateClientCommand("", "a@b.co", null));
        assertInvalid("name", () -> new CreateClientCommand("   ", "a@b.co", null));
        assertInvalid("name", () -> new CreateClientCommand("x".repeat(101), "a@b.co", null));
        assertInvalid("name", () -> new CreateClientCommand("bad\nname", "a@b.co", null));
        assertInvalid("email", () -> new CreateClientCommand("Acme", "not-an-email", null));
        assertInvalid("email", () -> new CreateClientCommand("Acme", "a@b", null));
        assertInvalid("email", () -> new CreateClientCommand("Acme", "a b@c.com", null));
        assertInvalid("email", () -> new CreateClientCommand("Acme", null, null));
        assertInvalid("description", () -> new CreateClientCommand("Acme", "a@b.co", "d".repeat(1001)));
        assertThat(new CreateClientCommand("x".repeat(100), "a@b.co", null).name())
                .hasSize(100);
    }

    @Test
    void issueKeyDefaultsItsNameAndBoundsItsLifetime() {
        assertThat(IssueApiKeyCommand.defaultKey(new ClientId(1)).name()).isEqualTo("default");
        assertInvalid("expires_in", () -> new IssueApiKeyCommand(new ClientId(1), null, Duration.ZERO));
        assertInvalid("expires_in", () -> new IssueApiKeyCommand(new ClientId(1), null, Duration.ofDays(3651)));
        assertInvalid("client_id", () -> new IssueApiKeyCommand(null, null, null));
    }

    @Test
    void rotationGraceIsBetweenZeroAndThirtyDays() {
        assertThat(new RotateApiKeyCommand(new ApiKeyId(1), null).grace()).isZero();
        assertInvalid("grace", () -> new RotateApiKeyCommand(new ApiKeyId(1), Duration.ofDays(31)));
        assertInvalid("grace", () -> new RotateApiKeyCommand(new ApiKeyId(1), Duration.ofSeconds(-1)));
    }
}
