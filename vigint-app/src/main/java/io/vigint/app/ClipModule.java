package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.files.FileClipStore;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where incident clips are kept: {@link FileClipStore} in {@code <data dir>/clips} (created when the
 * first clip is saved). Part of every command's wiring, so deleting a client from the CLI deletes its
 * clips too.
 */
public final class ClipModule extends AbstractModule {
    /** The directory under the data directory that holds the clips. */
    public static final String CLIPS_DIRECTORY = "clips";

    private final Path dataDir;

    public ClipModule(Path dataDir) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    @Override
    protected void configure() {
        bind(ClipStore.class).to(FileClipStore.class);
        Multibinder.newSetBinder(binder(), ClientDataOwner.class).addBinding().to(FileClipStore.class);
    }

    @Provides
    @Singleton
    FileClipStore fileClipStore() {
        return new FileClipStore(dataDir.resolve(CLIPS_DIRECTORY));
    }
}
