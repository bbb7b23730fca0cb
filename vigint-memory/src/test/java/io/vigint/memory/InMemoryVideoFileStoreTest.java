package io.vigint.memory;

import io.vigint.core.contract.VideoFileStoreContract;
import io.vigint.core.videofile.VideoFileStore;

class InMemoryVideoFileStoreTest implements VideoFileStoreContract {
    @Override
    public VideoFileStore videoFileStore() {
        return new InMemoryVideoFileStore();
    }
}
