package io.vigint.memory;

import io.vigint.core.clip.ClipStore;
import io.vigint.core.contract.ClipStoreContract;

class InMemoryClipStoreTest implements ClipStoreContract {
    @Override
    public ClipStore clipStore() {
        return new InMemoryClipStore();
    }
}
