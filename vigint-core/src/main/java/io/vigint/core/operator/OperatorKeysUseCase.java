package io.vigint.core.operator;

import java.util.List;
import java.util.Optional;

/** Creates, lists, revokes and checks operator keys. */
public interface OperatorKeysUseCase {
    /** Creates an operator key named {@code name} (1-100 characters); its plain text is returned once. */
    IssuedOperatorKey createOperatorKey(String name);

    /** All operator keys in id order. */
    List<OperatorKey> listOperatorKeys();

    /**
     * Stops accepting the key.
     *
     * @throws io.vigint.core.error.VigintException {@code KEY_NOT_FOUND}
     */
    OperatorKey revokeOperatorKey(OperatorKeyId id);

    /** The active operator key presented, or empty; never throws for a bad key. */
    Optional<OperatorKey> authenticateOperator(String presentedKey);
}
