package io.vigint.core.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counting of frame ingest per client, source and minute. */
class IngestUsageTest {
    private static final ClientId ACME = new ClientId(1);
    private static final ClientId BETA = new ClientId(2);
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void aCountBelongsToTheStartOfItsMinute() {
        IngestUsage usage = new IngestUsage(ACME, "door", Instant.parse("2026-01-01T10:00:59.999999Z"), 1, 10);

        assertThat(usage.minute()).isEqualTo(T0);
        assertThat(usage.sameKey(new IngestUsage(ACME, "door", T0, 3, 4))).isTrue();
        assertThat(usage.sameKey(new IngestUsage(ACME, "door", T0.plusSeconds(60), 1, 10)))
                .isFalse();
        assertThat(usage.sameKey(new IngestUsage(ACME, "yard", T0, 1, 10))).isFalse();
        assertThat(usage.sameKey(new IngestUsage(BETA, "door", T0, 1, 10))).isFalse();
    }

    @Test
    void countsOfOneKeyAddUpAndOfDifferentKeysDoNot() {
        assertThat(new IngestUsage(ACME, "door", T0, 2, 200)
                        .plus(new IngestUsage(ACME, "door", T0.plusSeconds(5), 3, 1)))
                .isEqualTo(new IngestUsage(ACME, "door", T0, 5, 201));
        assertThatThrownBy(() -> new IngestUsage(ACME, "door", T0, 1, 1).plus(new IngestUsage(ACME, "yard", T0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestUsage(ACME, "door", T0, Long.MAX_VALUE, 1)
                        .plus(new IngestUsage(ACME, "door", T0, 1, 1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void mergeGivesOneExactCountPerKeyInKeyOrderWhateverTheInputOrder() {
        // 137 frames of two clients and three sources over three minutes, in shuffled order.
        List<IngestUsage> frames = new ArrayList<>();
        long[] expectedFrames = new long[3];
        long[] expectedBytes = new long[3];
        for (int i = 0; i < 137; i++) {
            int minute = i % 3;
            long bytes = 1_000 + i;
            frames.add(new IngestUsage(ACME, "door", T0.plusSeconds(60L * minute + i % 60), 1, bytes));
            expectedFrames[minute]++;
            expectedBytes[minute] += bytes;
        }
        frames.add(new IngestUsage(ACME, "yard", T0, 4, 40));
        frames.add(new IngestUsage(BETA, "door", T0, 1, 1));
        frames.add(new IngestUsage(ACME, "yard", T0.plusSeconds(30), 1, 2));
        Collections.shuffle(frames, new Random(12));

        List<IngestUsage> merged = IngestUsage.merge(frames);

        assertThat(merged)
                .containsExactly(
                        new IngestUsage(ACME, "door", T0, expectedFrames[0], expectedBytes[0]),
                        new IngestUsage(ACME, "yard", T0, 5, 42),
                        new IngestUsage(ACME, "door", T0.plusSeconds(60), expectedFrames[1], expectedBytes[1]),
                        new IngestUsage(ACME, "door", T0.plusSeconds(120), expectedFrames[2], expectedBytes[2]),
                        new IngestUsage(BETA, "door", T0, 1, 1));
        assertThat(merged.stream().mapToLong(IngestUsage::frames).sum()).isEqualTo(137 + 5 + 1);
        assertThat(IngestUsage.merge(List.of())).isEmpty();
    }

    @Test
    void refusesWhatStorageCannotHold() {
        assertThatThrownBy(() -> new IngestUsage(ACME, "", T0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestUsage(ACME, "x".repeat(65), T0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestUsage(ACME, "door", T0, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IngestUsage(ACME, "door", T0, 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ingestEndpointsCannotBePricedAndAreKnownByTheirTemplate() {
        assertThat(PriceList.isIngest("/api/video/buffer")).isTrue();
        assertThat(PriceList.isIngest("/api/video/buffer/batch")).isTrue();
        assertThat(PriceList.isIngest("/api/video/multi-source/buffer")).isTrue();
        assertThat(PriceList.isIngest("/api/video/upload")).isFalse();
        assertThat(PriceList.isIngest("/api/video/analyze")).isFalse();
        assertThatThrownBy(() -> new PriceList(
                        io.vigint.core.money.Money.EUR, java.util.Map.of("/api/video/buffer", Price.perCall("0.001"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frame ingest");
    }
}
