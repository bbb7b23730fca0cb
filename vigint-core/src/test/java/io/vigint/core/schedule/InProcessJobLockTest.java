package io.vigint.core.schedule;

import io.vigint.core.contract.JobLockContract;

class InProcessJobLockTest implements JobLockContract {
    private final InProcessJobLock lock = new InProcessJobLock();

    @Override
    public JobLock jobLock() {
        return lock;
    }

    @Override
    public JobLock otherHolder() {
        return lock;
    }
}
