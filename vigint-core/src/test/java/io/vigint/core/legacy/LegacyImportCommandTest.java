package io.vigint.core.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.testing.OriginalDeployment;
import org.junit.jupiter.api.Test;

class LegacyImportCommandTest {
    @Test
    void aStrongSecretKeyIsKeptStrippedAndNeverShown() {
        LegacyImportCommand command = new LegacyImportCommand(false, "  " + OriginalDeployment.SECRET_KEY + "\n");

        assertThat(command.secretKey()).isEqualTo(OriginalDeployment.SECRET_KEY);
        assertThat(command.toString()).doesNotContain(OriginalDeployment.SECRET_KEY.substring(0, 6));
        assertThat(new LegacyImportCommand(true, null).secretKey()).isNull();
    }

    @Test
    void theOriginalsDefaultsPlaceholdersAndShortSecretsAreRefused() {
        for (String weak : new String[] {
            "dev-secret-key",
            "your-secret-key-here",
            "Your-Production-Secret-Key-Here",
            "short",
            "",
            "a\u0000".repeat(10)
        }) {
            assertThatThrownBy(() -> new LegacyImportCommand(false, weak))
                    .as(weak)
                    .isInstanceOfSatisfying(VigintException.class, e -> {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                        assertThat(e.getMessage()).contains("admin-keys create");
                    });
        }
    }
}
