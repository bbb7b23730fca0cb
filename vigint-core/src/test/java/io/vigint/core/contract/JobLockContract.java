package io.vigint.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vigint.core.schedule.JobLock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link JobLock} promises. {@link #jobLock()} and {@link #otherHolder()} stand for two
 * processes sharing the storage (they may be the same object for an in-process lock).
 */
public interface JobLockContract {
    /** The lock under test. */
    JobLock jobLock();

    /** A second handle on the same locks, as another server on the same database would have. */
    JobLock otherHolder();

    /** Lock names are unique per test, so that tests sharing a database do not see each other. */
    private static String uniqueName() {
        return "test-" + UUID.randomUUID();
    }

    @Test
    default void aFreeLockIsTakenAndAHeldOneIsRefused() {
        String name = uniqueName();
        try (JobLock.Held held = jobLock().tryLock(name).orElseThrow()) {
            assertThat(held.name()).isEqualTo(name);
            assertThat(otherHolder().tryLock(name)).isEmpty();
            assertThat(jobLock().tryLock(name)).as("not re-entrant").isEmpty();
        }
    }

    @Test
    default void closingTheHandleReleasesTheLockForTheOtherHolder() {
        String name = uniqueName();
        JobLock.Held first = jobLock().tryLock(name).orElseThrow();
        first.close();

        Optional<JobLock.Held> second = otherHolder().tryLock(name);
        assertThat(second).isPresent();
        second.get().close();
        assertThat(jobLock().tryLock(name)).hasValueSatisfying(JobLock.Held::close);
    }

    @Test
    default void closingTwiceDoesNotReleaseSomeoneElsesLock() {
        String name = uniqueName();
        JobLock.Held first = jobLock().tryLock(name).orElseThrow();
        first.close();
        try (JobLock.Held second = otherHolder().tryLock(name).orElseThrow()) {
            first.close();
            assertThat(jobLock().tryLock(name)).isEmpty();
        }
    }

    @Test
    default void locksWithDifferentNamesAreIndependent() {
        try (JobLock.Held weekly = jobLock().tryLock(uniqueName()).orElseThrow();
                JobLock.Held monthly = otherHolder().tryLock(uniqueName()).orElseThrow()) {
            assertThat(weekly.name()).isNotEqualTo(monthly.name());
        }
    }

    @Test
    default void ofManyConcurrentTriesExactlyOneWins() throws Exception {
        String name = uniqueName();
        int tries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(tries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<JobLock.Held>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < tries; i++) {
                JobLock lock = i % 2 == 0 ? jobLock() : otherHolder();
                Callable<Optional<JobLock.Held>> attempt = () -> {
                    start.await();
                    return lock.tryLock(name);
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            List<JobLock.Held> winners = new ArrayList<>();
            for (Future<Optional<JobLock.Held>> result : results) {
                result.get(30, TimeUnit.SECONDS).ifPresent(winners::add);
            }
            assertThat(winners).hasSize(1);
            winners.get(0).close();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    default void aBlankOrOverlongNameIsRefused() {
        assertThatThrownBy(() -> jobLock().tryLock(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobLock().tryLock("x".repeat(101))).isInstanceOf(IllegalArgumentException.class);
    }
}
