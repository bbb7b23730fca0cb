package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.files.FileClipStore;
import io.vigint.media.MjpegAviWriter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Incident clips: how they are made, the one {@link ClipEncoder} of the process (today {@link
 * MjpegAviWriter}, MJPEG in AVI), which alerts and the Gemini analyzer both use, so changing this binding
 * changes the clips of both; and where they are kept, {@link FileClipStore} in {@code <data dir>/clips}
 * (created when the first clip is saved). Part of every command's wiring, so deleting a client from the CLI
 * deletes its clips too.
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
        bind(ClipEncoder.class).toInstance(new MjpegAviWriter());
        Multibinder.newSetBinder(binder(), ClientDataOwner.class).addBinding().to(FileClipStore.class);
    }

    @Provides
    @Singleton
    FileClipStore fileClipStore() {
        return new FileClipStore(dataDir.resolve(CLIPS_DIRECTORY));
    }
}
