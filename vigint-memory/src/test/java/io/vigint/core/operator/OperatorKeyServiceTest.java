package io.vigint.core.operator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.KeyHash;
import io.vigint.memory.InMemoryStorage;
import io.vigint.memory.VigintCore;
import org.junit.jupiter.api.Test;

class OperatorKeyServiceTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final OperatorKeysUseCase operators =
            VigintCore.builder().storage(storage).build().operatorKeys();

    @Test
    void anOperatorKeyIsShownOnceStoredHashedAndAccepted() {
        IssuedOperatorKey issued = operators.createOperatorKey("ops");

        assertThat(issued.plainText()).startsWith("vgo_").hasSize(47);
        assertThat(issued.toString()).doesNotContain(issued.plainText());
        assertThat(storage.findOperatorKeyByHash(KeyHash.of(issued.plainText())))
                .isPresent();
        assertThat(operators.authenticateOperator(issued.plainText()))
                .get()
                .extracting(OperatorKey::id)
                .isEqualTo(issued.key().id());
    }

    @Test
    void clientKeysGarbageAndRevokedOperatorKeysAreRefused() {
        IssuedOperatorKey issued = operators.createOperatorKey("ops");
        String clientKeyShape = "vgt_" + issued.plainText().substring(4);

        assertThat(operators.authenticateOperator(clientKeyShape)).isEmpty();
        assertThat(operators.authenticateOperator(null)).isEmpty();
        assertThat(operators.authenticateOperator("vgo_garbage")).isEmpty();
        operators.revokeOperatorKey(issued.key().id());
        assertThat(operators.authenticateOperator(issued.plainText())).isEmpty();
        assertThat(operators.listOperatorKeys())
                .singleElement()
                .extracting(OperatorKey::active)
                .isEqualTo(false);
    }

    @Test
    void revokingAnUnknownKeyIsNotFoundAndBadNamesAreRefused() {
        assertThatThrownBy(() -> operators.revokeOperatorKey(new OperatorKeyId(42)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.KEY_NOT_FOUND));
        assertThatThrownBy(() -> operators.createOperatorKey(" "))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
        assertThat(operators.listOperatorKeys()).isEmpty();
    }
}
