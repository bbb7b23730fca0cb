package io.vigint.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.vigint.core.clip.ClipEncoder;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.ClipStore;
import io.vigint.core.port.ClientDataOwner;
import io.vigint.core.videofile.VideoFileStore;
import io.vigint.ffmpeg.FfmpegClipEncoder;
import io.vigint.files.FileClipStore;
import io.vigint.files.FileVideoFileStore;
import io.vigint.media.MjpegAviWriter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Incident clips: where they are kept, {@link FileClipStore} in {@code <data dir>/clips}
 * (created when the first clip is saved), and clients' other video files (created and hosted videos), {@link
 * FileVideoFileStore} in {@code <data dir>/videos}. Part of every command's wiring, so deleting a client from the CLI
 * deletes its clips too. How they are made, the one {@code ClipEncoder} of the process that alerts and the
 * Gemini analyzer both use, is chosen here by {@code alerts.clip_format} (MP4 by default), so commands that analyze without alerting get
 * the same encoder.
 */
public final class ClipModule extends AbstractModule {
    /** The directory under the data directory that holds the clips. */
    public static final String CLIPS_DIRECTORY = "clips";
    /** The directory under the data directory that holds clients' video files (created and hosted videos). */
    public static final String VIDEOS_DIRECTORY = "videos";

    private final Path dataDir;
    private final ClipFormat format;

    public ClipModule(Path dataDir, ClipFormat format) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.format = Objects.requireNonNull(format, "format");
    }

    @Override
    protected void configure() {
        bind(ClipStore.class).to(FileClipStore.class);
        Multibinder.newSetBinder(binder(), ClientDataOwner.class).addBinding().to(FileClipStore.class);
        bind(VideoFileStore.class).to(FileVideoFileStore.class);
        Multibinder.newSetBinder(binder(), ClientDataOwner.class).addBinding().to(FileVideoFileStore.class);
    }

    /** The clip encoder {@code alerts.clip_format} names: H.264 in MP4 (FFmpeg) or MJPEG in AVI. */
    @Provides
    @Singleton
    ClipEncoder clipEncoder() {
        return format == ClipFormat.MP4 ? new FfmpegClipEncoder() : new MjpegAviWriter();
    }

    @Provides
    @Singleton
    FileClipStore fileClipStore() {
        return new FileClipStore(dataDir.resolve(CLIPS_DIRECTORY));
    }

    @Provides
    @Singleton
    FileVideoFileStore fileVideoFileStore() {
        return new FileVideoFileStore(dataDir.resolve(VIDEOS_DIRECTORY));
    }
}
