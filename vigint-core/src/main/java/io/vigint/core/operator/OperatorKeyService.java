package io.vigint.core.operator;

import io.vigint.core.auth.AuthenticationService;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.key.KeyHash;
import io.vigint.core.key.LegacyKeyGate;
import io.vigint.core.key.SecretFormat;
import io.vigint.core.port.RandomSource;
import io.vigint.core.port.TransactionRunner;
import io.vigint.core.util.Checks;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Operator keys over an {@link OperatorKeyStore}; format {@code vgo_…} ({@link SecretFormat#OPERATOR_KEY}).
 * A presented key of another shape is looked up only if the store holds a registered original
 * {@code SECRET_KEY} ({@link OperatorKey#legacy()}, asked through {@code legacyKeys}), and then matches
 * only such a key; otherwise it is refused without a lookup.
 */
public record OperatorKeyService(
        OperatorKeyStore store,
        TransactionRunner transactions,
        Clock clock,
        RandomSource random,
        LegacyKeyGate legacyKeys)
        implements OperatorKeysUseCase {
    public OperatorKeyService {
        Checks.nonNull("store transactions clock random legacyKeys", store, transactions, clock, random, legacyKeys);
    }

    /** The service with a {@link LegacyKeyGate} over {@code store}. */
    public OperatorKeyService(
            OperatorKeyStore store, TransactionRunner transactions, Clock clock, RandomSource random) {
        this(
                store,
                transactions,
                clock,
                random,
                new LegacyKeyGate(Objects.requireNonNull(store, "store")::hasLegacyOperatorKeys));
    }

    @Override
    public IssuedOperatorKey createOperatorKey(String name) {
        String checked = Checks.requiredText("name", name, 100);
        String plain = SecretFormat.OPERATOR_KEY.generate(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OperatorKey key = transactions.inTransaction(() -> store.insertOperatorKey(new NewOperatorKey(
                checked, SecretFormat.OPERATOR_KEY.displayPrefix(plain), KeyHash.of(plain), now, false)));
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
        if (presentedKey == null || presentedKey.isEmpty()) {
            return Optional.empty();
        }
        boolean ours = SecretFormat.OPERATOR_KEY.isWellFormed(presentedKey);
        if (!ours && !legacyKeys.mayMatch()) {
            return Optional.empty();
        }
        Optional<OperatorKey> key = store.findOperatorKeyByHash(KeyHash.of(presentedKey))
                .filter(OperatorKey::active)
                .filter(k -> ours || k.legacy());
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
