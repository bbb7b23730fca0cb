package io.vigint.core.contract;

import static io.vigint.core.contract.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.key.KeyHash;
import io.vigint.core.key.SecretFormat;
import io.vigint.core.operator.NewOperatorKey;
import io.vigint.core.operator.OperatorKey;
import io.vigint.core.operator.OperatorKeyId;
import io.vigint.core.operator.OperatorKeyStore;
import io.vigint.core.port.RandomSource;
import org.junit.jupiter.api.Test;

/** What every {@link OperatorKeyStore} promises. */
public interface OperatorKeyStoreContract extends StorageFixture {
    OperatorKeyStore operatorKeyStore();

    private static NewOperatorKey newOperatorKey(String name) {
        String plain = SecretFormat.OPERATOR_KEY.generate(RandomSource.secure());
        return new NewOperatorKey(name, SecretFormat.OPERATOR_KEY.displayPrefix(plain), KeyHash.of(plain), T0, false);
    }

    @Test
    default void anInsertedOperatorKeyIsActiveUnusedAndFindableByIdAndHash() {
        NewOperatorKey draft = newOperatorKey("ops");

        OperatorKey stored = operatorKeyStore().insertOperatorKey(draft);

        assertThat(stored.id().value()).isPositive();
        assertThat(stored.name()).isEqualTo("ops");
        assertThat(stored.prefix()).isEqualTo(draft.prefix());
        assertThat(stored.active()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.lastUsedAt()).isNull();
        assertThat(operatorKeyStore().findOperatorKey(stored.id())).contains(stored);
        assertThat(operatorKeyStore().findOperatorKeyByHash(draft.hash())).contains(stored);
        assertThat(operatorKeyStore().findOperatorKeyByHash(KeyHash.of("vgo_unknown")))
                .isEmpty();
        assertThat(operatorKeyStore().findOperatorKey(new OperatorKeyId(999_999)))
                .isEmpty();
    }

    @Test
    default void aLegacyOperatorKeyIsStoredAsLegacyAndReported() {
        OperatorKey ours = operatorKeyStore().insertOperatorKey(newOperatorKey("ops"));

        assertThat(ours.legacy()).isFalse();
        assertThat(operatorKeyStore().hasLegacyOperatorKeys()).isFalse();

        OperatorKey imported = operatorKeyStore()
                .insertOperatorKey(new NewOperatorKey("secret", "SECRET_KEY", KeyHash.of("some secret key"), T0, true));

        assertThat(imported.legacy()).isTrue();
        assertThat(operatorKeyStore().findOperatorKeyByHash(imported.hash())).contains(imported);
        assertThat(operatorKeyStore().hasLegacyOperatorKeys()).isTrue();
    }

    @Test
    default void operatorKeysAreListedInIdOrder() {
        OperatorKey a = operatorKeyStore().insertOperatorKey(newOperatorKey("a"));
        OperatorKey b = operatorKeyStore().insertOperatorKey(newOperatorKey("b"));

        assertThat(operatorKeyStore().listOperatorKeys()).containsExactly(a, b);
    }

    @Test
    default void operatorKeyDeactivationAndUseTouchOnlyTheirField() {
        OperatorKey key = operatorKeyStore().insertOperatorKey(newOperatorKey("ops"));

        assertThat(operatorKeyStore().updateOperatorKeyActive(key.id(), false)).isTrue();
        operatorKeyStore().recordOperatorKeyUse(key.id(), T0.plusSeconds(120));
        operatorKeyStore().recordOperatorKeyUse(key.id(), T0.plusSeconds(60));

        OperatorKey reread = operatorKeyStore().findOperatorKey(key.id()).orElseThrow();
        assertThat(reread.active()).isFalse();
        assertThat(reread.lastUsedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(operatorKeyStore().updateOperatorKeyActive(new OperatorKeyId(999_999), false))
                .isFalse();
    }
}
