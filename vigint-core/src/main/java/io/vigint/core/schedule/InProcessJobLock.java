package io.vigint.core.schedule;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link JobLock} for one process: right when one process owns the storage (the in-memory storage,
 * an embedded database). Locks are shared by every user of one instance.
 */
public final class InProcessJobLock implements JobLock {
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Held> tryLock(String name) {
        String checked = JobLock.checkedName(name);
        if (!held.add(checked)) {
            return Optional.empty();
        }
        AtomicBoolean open = new AtomicBoolean(true);
        return Optional.of(new Held() {
            @Override
            public String name() {
                return checked;
            }

            @Override
            public void close() {
                if (open.compareAndSet(true, false)) {
                    held.remove(checked);
                }
            }
        });
    }
}
