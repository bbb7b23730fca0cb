package io.vigint.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigint.core.port.RandomSource;
import io.vigint.core.testing.OriginalDeployment;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LegacyKeyFormatTest {
    @Test
    void theOriginalsKeysHaveTheLegacyShapeAndOursDoNot() {
        assertThat(LegacyKeyFormat.isWellFormed(OriginalDeployment.SHOP_KEY)).isTrue();
        assertThat(LegacyKeyFormat.isWellFormed("_".repeat(43))).isTrue();

        String ours = ApiKeyFormat.generate(RandomSource.secure());
        assertThat(LegacyKeyFormat.isWellFormed(ours)).isFalse();
        assertThat(LegacyKeyFormat.isWellFormed(ours.substring(4)))
                .as("our key without its prefix has the shape")
                .isTrue();
        assertThat(LegacyKeyFormat.isWellFormed(null)).isFalse();
        assertThat(LegacyKeyFormat.isWellFormed("a".repeat(42))).isFalse();
        assertThat(LegacyKeyFormat.isWellFormed("a".repeat(44))).isFalse();
        assertThat(LegacyKeyFormat.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(LegacyKeyFormat.isWellFormed("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcdefgh"))
                .isFalse();
        assertThat(LegacyKeyFormat.displayPrefix(7)).isEqualTo("legacy#7");
    }

    @Test
    void theGateAsksItsStoreAtMostOncePerRecheckWhileNoLegacyKeyExistsThenStaysOpen() {
        AtomicInteger asked = new AtomicInteger();
        boolean[] exists = {false};
        long[] now = {0};
        LegacyKeyGate gate = new LegacyKeyGate(
                () -> {
                    asked.incrementAndGet();
                    return exists[0];
                },
                () -> now[0]);

        assertThat(gate.mayMatch()).isFalse();
        assertThat(gate.mayMatch()).isFalse();
        now[0] += LegacyKeyGate.RECHECK.toNanos() - 1;
        assertThat(gate.mayMatch()).isFalse();
        assertThat(asked).hasValue(1);

        exists[0] = true;
        now[0] += 1;
        assertThat(gate.mayMatch()).isTrue();
        exists[0] = false;
        now[0] += LegacyKeyGate.RECHECK.toNanos() * 10;
        assertThat(gate.mayMatch()).isTrue();
        assertThat(asked).hasValue(2);
    }
}
