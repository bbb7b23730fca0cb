package io.vigint.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.client.ClientId;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameBuffersTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final ClientId ALICE = new ClientId(1);
    private static final ClientId BOB = new ClientId(2);
    private static final String CAM = "cam-1";

    private final MutableClock clock = new MutableClock(START);

    /** A frame of {@code size} bytes at {@code START + millis} (buffers do not look inside frames). */
    private static Frame frame(int size, long millis) {
        return new Frame(new byte[size], FrameFormat.JPEG, START.plusMillis(millis));
    }

    /** Adds a 100-byte frame every 200 ms (5 fps) for {@code seconds}, moving the clock along. */
    private void stream(FrameBuffers buffers, ClientId client, String source, int seconds) {
        for (int i = 0; i < seconds * 5; i++) {
            buffers.add(client, source, new Frame(new byte[100], FrameFormat.JPEG, clock.instant()));
            clock.advance(Duration.ofMillis(200));
        }
    }

    @Test
    void longWindowKeepsTheLastTenSecondsAndShortWindowTheLastThree() {
        FrameBuffers buffers = new FrameBuffers(clock);

        stream(buffers, ALICE, CAM, 30);

        List<Frame> longWindow = buffers.longWindow(ALICE, CAM);
        List<Frame> shortWindow = buffers.shortWindow(ALICE, CAM);
        assertThat(longWindow).hasSize(50);
        assertThat(shortWindow).hasSize(15);
        assertThat(longWindow.subList(35, 50)).isEqualTo(shortWindow);
        assertThat(longWindow).isSortedAccordingTo(java.util.Comparator.comparing(Frame::timestamp));
        Instant newest = longWindow.get(49).timestamp();
        assertThat(Duration.between(longWindow.get(0).timestamp(), newest)).isLessThan(Duration.ofSeconds(10));
        assertThat(buffers.stats().frames()).isEqualTo(50);
        assertThat(buffers.stats().bytes()).isEqualTo(5_000);
        assertThat(buffers.stats().framesExpired()).isEqualTo(100);
    }

    @Test
    void windowsFollowTheSettings() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withWindows(Duration.ofSeconds(4), Duration.ofSeconds(1)), clock);

        stream(buffers, ALICE, CAM, 10);

        assertThat(buffers.longWindow(ALICE, CAM)).hasSize(20);
        assertThat(buffers.shortWindow(ALICE, CAM)).hasSize(5);
    }

    @Test
    void aWindowPolicyGivesOneClientOtherWindows() {
        WindowPolicy policy = client -> client.equals(BOB)
                ? new WindowDurations(Duration.ofSeconds(2), Duration.ofSeconds(1))
                : FrameBufferSettings.defaults().windows();
        FrameBuffers buffers = new FrameBuffers(FrameBufferSettings.defaults(), clock, policy);

        for (int i = 0; i < 100; i++) {
            buffers.add(ALICE, CAM, frame(10, i * 200L));
            buffers.add(BOB, CAM, frame(10, i * 200L));
        }

        assertThat(buffers.longWindow(ALICE, CAM)).hasSize(50);
        assertThat(buffers.longWindow(BOB, CAM)).hasSize(10);
        assertThat(buffers.shortWindow(BOB, CAM)).hasSize(5);
    }

    @Test
    void framesAreKeptInTimestampOrderEvenWhenTheyArriveOutOfOrder() {
        FrameBuffers buffers = new FrameBuffers(clock);

        buffers.addAll(ALICE, CAM, List.of(frame(1, 400), frame(2, 0), frame(3, 200)));
        buffers.add(ALICE, CAM, frame(4, 300));

        assertThat(buffers.longWindow(ALICE, CAM)).extracting(Frame::size).containsExactly(2, 3, 4, 1);
    }

    @Test
    void clientsAndSourcesAreSeparate() {
        FrameBuffers buffers = new FrameBuffers(clock);

        buffers.add(ALICE, CAM, frame(10, 0));
        buffers.add(ALICE, "cam-2", frame(20, 0));

        assertThat(buffers.longWindow(BOB, CAM)).isEmpty();
        assertThat(buffers.longWindow(ALICE, CAM)).extracting(Frame::size).containsExactly(10);
        assertThat(buffers.longWindow(ALICE, "cam-2")).extracting(Frame::size).containsExactly(20);
        assertThat(buffers.sourcesOf(ALICE)).containsExactly(CAM, "cam-2");
        assertThat(buffers.sourcesOf(BOB)).isEmpty();
    }

    @Test
    void addReportsTheBufferAfterwards() {
        FrameBuffers buffers = new FrameBuffers(clock);

        buffers.add(ALICE, CAM, frame(10, 0));
        BufferedFrames result = buffers.addAll(ALICE, CAM, List.of(frame(10, 200), frame(30, 400)));

        assertThat(result).isEqualTo(new BufferedFrames(2, 3, 50, START));
    }

    @Test
    void refusesAFrameOverTheSizeLimitAndKeepsNothing() {
        FrameBuffers buffers = new FrameBuffers(FrameBufferSettings.defaults().withMaxFrameBytes(1_000), clock);

        assertThatThrownBy(() -> buffers.addAll(ALICE, CAM, List.of(frame(10, 0), frame(1_001, 200))))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.PAYLOAD_TOO_LARGE));
        assertThat(buffers.longWindow(ALICE, CAM)).isEmpty();
        assertThat(buffers.stats().bytes()).isZero();
    }

    @Test
    void refusesBadSourceIdsAndFarFutureTimestamps() {
        FrameBuffers buffers = new FrameBuffers(clock);

        assertThatThrownBy(() -> buffers.add(ALICE, "../etc", frame(1, 0)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("field", "source_id"));
        assertThatThrownBy(() -> buffers.add(ALICE, "x".repeat(65), frame(1, 0)))
                .isInstanceOf(VigintException.class);
        assertThatThrownBy(() ->
                        buffers.add(ALICE, CAM, frame(1, Duration.ofMinutes(6).toMillis())))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.details()).containsEntry("field", "timestamp"));
        assertThatThrownBy(() -> buffers.addAll(ALICE, CAM, List.of())).isInstanceOf(VigintException.class);
        assertThat(buffers.stats().sources()).isZero();
    }

    @Test
    void aNullSourceIsTheDefaultSource() {
        FrameBuffers buffers = new FrameBuffers(clock);

        buffers.add(ALICE, null, frame(1, 0));

        assertThat(buffers.longWindow(ALICE, FrameWindows.DEFAULT_SOURCE)).hasSize(1);
    }

    @Test
    void aClientOverItsBudgetLosesItsOwnOldestFramesOnly() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withMaxFrameBytes(100).withBudgets(1_000, 10_000), clock);
        buffers.add(BOB, CAM, frame(100, 0));

        for (int i = 0; i < 30; i++) {
            buffers.add(ALICE, CAM, frame(100, i * 100L));
        }

        assertThat(buffers.longWindow(ALICE, CAM).stream()
                        .mapToLong(Frame::size)
                        .sum())
                .isLessThanOrEqualTo(1_000);
        assertThat(buffers.longWindow(ALICE, CAM)
                        .get(buffers.longWindow(ALICE, CAM).size() - 1)
                        .timestamp())
                .isEqualTo(START.plusMillis(2_900));
        assertThat(buffers.longWindow(BOB, CAM)).hasSize(1);
        assertThat(buffers.stats().framesEvicted()).isPositive();
    }

    @Test
    void overTheGlobalBudgetAnotherClientsFreshFramesAreKeptAndTheWriterMakesRoomFromItsOwn() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withMaxFrameBytes(100).withBudgets(3_000, 3_000), clock);
        for (int i = 0; i < 10; i++) {
            buffers.add(BOB, "quiet", frame(100, i * 100L));
        }
        List<Frame> bobs = buffers.longWindow(BOB, "quiet");
        clock.advance(Duration.ofSeconds(2));

        for (int written = 0; written < 100; written++) {
            buffers.add(ALICE, "busy", frame(100, 2_000 + written * 50L));
            clock.advance(Duration.ofMillis(50));
            assertThat(buffers.stats().bytes()).isLessThanOrEqualTo(3_000);
        }

        assertThat(buffers.longWindow(BOB, "quiet"))
                .as("another client's uploads never evict this client's frames within its window")
                .isEqualTo(bobs);
        int busy = buffers.longWindow(ALICE, "busy").size();
        assertThat(busy).isPositive().isLessThanOrEqualTo(20);
        assertThat(buffers.longWindow(ALICE, "busy").get(busy - 1).timestamp())
                .isEqualTo(START.plusMillis(2_000 + 99 * 50L));
        assertThat(buffers.stats().framesEvicted()).isEqualTo(100 - busy);
    }

    @Test
    void overTheGlobalBudgetStaleSourcesLoseTheirFramesFirst() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withMaxFrameBytes(100).withBudgets(3_000, 3_000), clock);
        for (int i = 0; i < 10; i++) {
            buffers.add(BOB, "stale", frame(100, i * 100L));
        }
        clock.advance(Duration.ofSeconds(11));

        int written = 0;
        while (!buffers.longWindow(BOB, "stale").isEmpty() && written < 100) {
            buffers.add(ALICE, "busy", frame(100, 11_000 + written * 100L));
            written++;
            clock.advance(Duration.ofMillis(100));
            assertThat(buffers.stats().bytes()).isLessThanOrEqualTo(3_000);
        }

        assertThat(buffers.longWindow(BOB, "stale")).isEmpty();
        assertThat(written).isGreaterThan(20).isLessThan(100);
        assertThat(buffers.longWindow(ALICE, "busy"))
                .as("the writer lost nothing while stale frames could make room")
                .hasSize(written);
        assertThat(buffers.stats().framesEvicted()).isEqualTo(10);
    }

    @Test
    void aWriterIsRefusedWithBufferFullWhenOtherClientsFreshFramesFillTheGlobalBudget() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withMaxFrameBytes(100).withBudgets(3_000, 3_000), clock);
        for (int i = 0; i < 30; i++) {
            buffers.add(BOB, CAM, frame(100, i * 10L));
        }
        List<Frame> bobs = buffers.longWindow(BOB, CAM);

        assertThatThrownBy(() -> buffers.add(ALICE, CAM, frame(100, 500)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.BUFFER_FULL));

        assertThat(buffers.longWindow(BOB, CAM)).isEqualTo(bobs);
        assertThat(buffers.longWindow(ALICE, CAM)).isEmpty();
        assertThat(buffers.stats().bytes()).isEqualTo(3_000);
        assertThat(buffers.stats().framesEvicted()).isZero();
    }

    @Test
    void underContentionAHeavyWriterShrinksToItsFairShareByItsOwnUploads() {
        FrameBuffers buffers = new FrameBuffers(
                FrameBufferSettings.defaults().withMaxFrameBytes(100).withBudgets(3_000, 3_000), clock);
        for (int i = 0; i < 29; i++) {
            buffers.add(BOB, CAM, frame(100, i * 10L));
        }
        buffers.add(BOB, CAM, frame(50, 300));
        buffers.add(ALICE, CAM, frame(10, 0));
        assertThatThrownBy(() -> buffers.add(ALICE, CAM, frame(100, 0)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.BUFFER_FULL));
        assertThat(buffers.longWindow(ALICE, CAM)).hasSize(1);

        buffers.add(BOB, CAM, frame(100, 400));

        assertThat(buffers.longWindow(BOB, CAM).stream().mapToLong(Frame::size).sum())
                .as("BOB, over the budget, keeps at most half of it while two clients hold frames")
                .isLessThanOrEqualTo(1_500);
        assertThat(buffers.longWindow(ALICE, CAM)).hasSize(1);
        buffers.add(ALICE, CAM, frame(100, 500));
        assertThat(buffers.longWindow(ALICE, CAM)).hasSize(2);
    }

    @Test
    void aSourceKeepsAtMostItsFrameCapAndARequestOverTheCapIsRefused() {
        FrameBuffers buffers = new FrameBuffers(FrameBufferSettings.defaults().withFrameCaps(1_000_000, 50), clock);
        List<Frame> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(frame(10, i));
        }

        assertThatThrownBy(() -> buffers.addAll(ALICE, CAM, tooMany))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.TOO_MANY_FRAMES));
        assertThat(buffers.longWindow(ALICE, CAM)).isEmpty();

        buffers.addAll(ALICE, CAM, tooMany.subList(0, 50));
        buffers.addAll(ALICE, CAM, tooMany.subList(50, 51));
        List<Frame> held = buffers.longWindow(ALICE, CAM);
        assertThat(held).hasSize(50);
        assertThat(held.get(0)).isEqualTo(tooMany.get(1));
        assertThat(held.get(49)).isEqualTo(tooMany.get(50));
    }

    @Test
    void idleSourcesAreDroppedAfterTheTtl() {
        FrameBuffers buffers =
                new FrameBuffers(FrameBufferSettings.defaults().withIdleTtl(Duration.ofSeconds(30)), clock);
        buffers.add(ALICE, CAM, frame(10, 0));
        clock.advance(Duration.ofSeconds(29));
        buffers.add(BOB, CAM, new Frame(new byte[10], FrameFormat.JPEG, clock.instant()));

        assertThat(buffers.longWindow(ALICE, CAM)).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(buffers.longWindow(ALICE, CAM))
                .as("an idle source reads as empty")
                .isEmpty();
        assertThat(buffers.dropIdle()).isEqualTo(1);

        assertThat(buffers.stats().sources()).isEqualTo(1);
        assertThat(buffers.stats().bytes()).isEqualTo(10);
        assertThat(buffers.stats().buffersDropped()).isEqualTo(1);
    }

    @Test
    void writingDropsIdleSourcesOfOtherClientsOnItsOwn() {
        FrameBuffers buffers =
                new FrameBuffers(FrameBufferSettings.defaults().withIdleTtl(Duration.ofSeconds(30)), clock);
        buffers.add(ALICE, CAM, frame(10, 0));
        clock.advance(Duration.ofSeconds(31));

        buffers.add(BOB, CAM, new Frame(new byte[10], FrameFormat.JPEG, clock.instant()));

        assertThat(buffers.stats().sources()).isEqualTo(1);
        assertThat(buffers.stats().clients()).isEqualTo(1);
    }

    @Test
    void aClientHasALimitedNumberOfSources() {
        FrameBuffers buffers = new FrameBuffers(FrameBufferSettings.defaults().withMaxSourcesPerClient(2), clock);
        buffers.add(ALICE, "a", frame(1, 0));
        buffers.add(ALICE, "b", frame(1, 0));

        assertThatThrownBy(() -> buffers.add(ALICE, "c", frame(1, 0)))
                .isInstanceOfSatisfying(
                        VigintException.class, e -> assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED));
        buffers.add(ALICE, "a", frame(1, 200));
        buffers.add(BOB, "c", frame(1, 0));
        assertThat(buffers.stats().sources()).isEqualTo(3);
    }

    @Test
    void deletingAClientDropsItsBuffersOnly() {
        FrameBuffers buffers = new FrameBuffers(clock);
        buffers.add(ALICE, CAM, frame(10, 0));
        buffers.add(ALICE, "cam-2", frame(10, 0));
        buffers.add(BOB, CAM, frame(7, 0));

        buffers.deleteClientData(ALICE);

        assertThat(buffers.longWindow(ALICE, CAM)).isEmpty();
        assertThat(buffers.longWindow(BOB, CAM)).hasSize(1);
        assertThat(buffers.stats().bytes()).isEqualTo(7);
        assertThat(buffers.stats().frames()).isEqualTo(1);
    }

    @Test
    void concurrentWritersAndReadersKeepTheCountsExactAndTheBudgetsHeld() throws Exception {
        int frameBytes = 1_000;
        FrameBufferSettings settings = FrameBufferSettings.defaults()
                .withMaxFrameBytes(frameBytes)
                .withBudgets(200_000, 500_000)
                .withMaxSourcesPerClient(10);
        FrameBuffers buffers = new FrameBuffers(settings, java.time.Clock.systemUTC());
        int writers = 8;
        int framesEach = 2_000;
        java.util.concurrent.atomic.AtomicLong refused = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            ClientId client = new ClientId(1 + w % 4);
            String source = "cam-" + (w % 3);
            tasks.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < framesEach; i++) {
                    try {
                        buffers.add(client, source, new Frame(new byte[frameBytes], FrameFormat.JPEG, Instant.now()));
                    } catch (VigintException e) {
                        assertThat(e.code()).isEqualTo(CoreErrorCode.BUFFER_FULL);
                        refused.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (int r = 0; r < 2; r++) {
            tasks.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 2_000; i++) {
                    for (int c = 1; c <= 4; c++) {
                        List<Frame> window = buffers.longWindow(new ClientId(c), "cam-" + (i % 3));
                        assertThat(window).isSortedAccordingTo(java.util.Comparator.comparing(Frame::timestamp));
                        assertThat(buffers.shortWindow(new ClientId(c), "cam-0").size())
                                .as("within the client budget, give or take one frame per concurrent writer")
                                .isLessThanOrEqualTo(200 + writers);
                    }
                    if (i % 100 == 0) {
                        buffers.deleteClientData(new ClientId(4));
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> task : tasks) {
            task.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long held = 0;
        long frames = 0;
        for (int c = 1; c <= 4; c++) {
            long clientBytes = 0;
            for (int s = 0; s < 3; s++) {
                List<Frame> window = buffers.longWindow(new ClientId(c), "cam-" + s);
                frames += window.size();
                clientBytes += window.stream().mapToLong(Frame::size).sum();
            }
            assertThat(clientBytes).isLessThanOrEqualTo(settings.clientBudgetBytes());
            held += clientBytes;
        }
        FrameBufferStats stats = buffers.stats();
        assertThat(stats.bytes()).isEqualTo(held).isLessThanOrEqualTo(settings.globalBudgetBytes());
        assertThat(stats.frames()).isEqualTo(frames);
        assertThat(stats.framesAdded())
                .as("every frame was added, or refused because other clients' fresh frames filled the budget")
                .isEqualTo((long) writers * framesEach - refused.get());
        assertThat(stats.framesAdded() - stats.framesExpired() - stats.framesEvicted())
                .as("frames dropped with buffers")
                .isGreaterThanOrEqualTo(stats.frames());
    }
}
