package io.vigint.core.clip;

import io.vigint.core.contract.ClipStoreContract;

class InMemoryClipStoreTest implements ClipStoreContract {
    @Override
    public ClipStore clipStore() {
        return new InMemoryClipStore();
    }
}
