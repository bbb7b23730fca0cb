package io.vigint.billing.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ExecutorTaskTimerTest {
    @Test
    void runsADueTaskOnItsOwnDaemonThread() throws InterruptedException {
        ExecutorTaskTimer timer = new ExecutorTaskTimer("test-invoice-timer");
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        try {
            timer.schedule(
                    () -> {
                        ranOn.set(Thread.currentThread());
                        ran.countDown();
                    },
                    Duration.ZERO);

            assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ranOn.get().getName()).isEqualTo("test-invoice-timer");
            assertThat(ranOn.get().isDaemon()).isTrue();
        } finally {
            timer.close();
        }
    }

    @Test
    void closingLetsTheRunningTaskFinishAndDropsTheOnesNotStarted() throws InterruptedException {
        ExecutorTaskTimer timer = new ExecutorTaskTimer("test-invoice-timer");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean laterRan = new AtomicBoolean();
        timer.schedule(
                () -> {
                    started.countDown();
                    try {
                        release.await();
                        finished.set(true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                Duration.ZERO);
        timer.schedule(() -> laterRan.set(true), Duration.ofDays(1));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(() -> timer.close(Duration.ofSeconds(60)));
        closer.start();
        release.countDown();
        closer.join();

        assertThat(finished).isTrue();
        assertThat(laterRan).isFalse();
    }

    @Test
    void aCancelledTaskDoesNotRun() throws InterruptedException {
        ExecutorTaskTimer timer = new ExecutorTaskTimer("test-invoice-timer");
        AtomicBoolean ran = new AtomicBoolean();
        CountDownLatch marker = new CountDownLatch(1);
        try {
            TaskTimer.Scheduled scheduled = timer.schedule(() -> ran.set(true), Duration.ofMillis(200));
            scheduled.cancel();
            timer.schedule(marker::countDown, Duration.ofMillis(400));

            assertThat(marker.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(ran).isFalse();
        } finally {
            timer.close();
        }
    }
}
