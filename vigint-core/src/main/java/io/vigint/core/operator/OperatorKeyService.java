package io.vigint.core.operator;

import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.SecretFormat;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Operator keys over an {@link OperatorKeyStore}; format {@code vgo_…} ({@link SecretFormat#OPERATOR_KEY}). */
public record OperatorKeyService(
        OperatorKeyStore store, TransactionRunner transactions, Clock clock, RandomSource random)
        implements OperatorKeysUseCase {
    public OperatorKeyService {
        Checks.nonNull("store transactions clock random", store, transactions, clock, random);
    }

    @Override
    public IssuedOperatorKey createOperatorKey(String name) {
        String checked = Checks.requiredText("name", name, 100);
        String plain = SecretFormat.OPERATOR_KEY.generate(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OperatorKey key = transactions.inTransaction(() -> store.insertOperatorKey(
                new NewOperatorKey(checked, SecretFormat.OPERATOR_KEY.displayPrefix(plain), KeyHash.of(plain), now)));
        return new IssuedOperatorKey(key, plain);
    }

    @Override
    public List<OperatorKey> listOperatorKeys() {
        return store.listOperatorKeys();
    }

    @Override
    public OperatorKey revokeOperatorKey(OperatorKeyId id) {
        return transactions.inTransaction(() -> {
            if (!store.updateOperatorKeyActive(id, false)) {
                throw new VigintException(
                        CoreErrorCode.KEY_NOT_FOUND, "No operator key with id " + id, Map.of("key_id", id.value()));
            }
            return store.findOperatorKey(id).orElseThrow();
        });
    }

    @Override
    public Optional<OperatorKey> authenticateOperator(String presentedKey) {
        if (!SecretFormat.OPERATOR_KEY.isWellFormed(presentedKey)) {
            return Optional.empty();
        }
        Optional<OperatorKey> key =
                store.findOperatorKeyByHash(KeyHash.of(presentedKey)).filter(OperatorKey::active);
        key.ifPresent(k -> {
            Instant now = clock.instant();
            if (k.lastUsedAt() == null
                    || !now.isBefore(k.lastUsedAt().plus(AuthenticationService.LAST_USED_RESOLUTION))) {
                store.recordOperatorKeyUse(k.id(), now.truncatedTo(ChronoUnit.SECONDS));
            }
        });
        return key;
    }
}
