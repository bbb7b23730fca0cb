package io.vigint.core.videofile;

import io.vigint.core.client.ClientId;
import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.ClipId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import io.vigint.core.util.Checks;
import io.vigint.core.util.DurationText;
import io.vigint.core.video.EncodedVideo;
import io.vigint.core.video.Frame;
import io.vigint.core.video.FrameValidator;
import io.vigint.core.video.FrameWindows;
import io.vigint.core.video.VideoEncoder;
import io.vigint.core.video.VideoEncoding;
import io.vigint.core.video.VideoLimits;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes H.264 MP4 videos of a client's frames ({@link VideoEncoder}, no overlay) and keeps each in the {@link
 * VideoFileStore} for its owner to download for {@code downloadLifetime}. Given images are checked as frames are
 * on ingest ({@link FrameValidator}) and may be at most {@code limits.maxFrames()}, as many as an uploaded video;
 * without images, the long window of the client's own source is used, as for an alert clip.
 */
public record VideoCreationService(
        FrameValidator validator,
        FrameWindows windows,
        VideoEncoder encoder,
        VideoFileStore store,
        StorageQuota quota,
        Clock clock,
        RandomSource random,
        VideoLimits limits,
        Duration downloadLifetime)
        implements CreateVideoUseCase {
    public VideoCreationService {
        Checks.nonNull(
                "validator windows encoder store quota clock random limits downloadLifetime",
                validator,
                windows,
                encoder,
                store,
                quota,
                clock,
                random,
                limits,
                downloadLifetime);
    }

    @Override
    public CreatedVideo create(CreateVideoCommand command) {
        List<Frame> frames = command.fromBuffer() ? buffered(command) : checked(command);
        EncodedVideo video = encoder.encode(frames, VideoEncoding.ORIGINAL)
                .orElseThrow(() -> FrameValidator.invalid("none of the frames decodes"));
        quota.checkRoom(command.client(), video.size());
        Instant now = clock.instant();
        VideoFile file = new VideoFile(
                ClipId.random(random),
                command.client(),
                VideoFileKind.CREATED,
                "",
                now,
                now.plus(downloadLifetime),
                video.size());
        store.save(file, video.mp4());
        return new CreatedVideo(file, video, frames.size());
    }

    @Override
    public ClipContent download(ClientId caller, String id) {
        Instant now = clock.instant();
        Optional<VideoFile> file = ClipId.isWellFormed(id)
                ? store.find(new ClipId(id))
                        .filter(f -> f.owner().equals(caller) && f.kind() == VideoFileKind.CREATED && !f.expiredAt(now))
                : Optional.empty();
        Optional<InputStream> content = file.flatMap(f -> store.open(f.id()));
        if (content.isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.CLIP_NOT_FOUND,
                    "No such video; a created video can be downloaded by its owner for "
                            + DurationText.format(downloadLifetime),
                    Map.of());
        }
        return new ClipContent(file.get().asClip(), ClipFormat.MP4, content.get());
    }

    private List<Frame> buffered(CreateVideoCommand command) {
        List<Frame> frames = windows.longWindow(command.client(), command.sourceId());
        if (frames.isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.NO_FRAMES,
                    "No frames are buffered for source '" + command.sourceId() + "'; send frames, or buffer some first",
                    Map.of("source_id", command.sourceId()));
        }
        return frames;
    }

    /** The given images as frames {@code 1 / fps} apart, each checked; the error names the one refused. */
    private List<Frame> checked(CreateVideoCommand command) {
        List<byte[]> images = command.frames();
        if (images.size() > limits.maxFrames()) {
            throw new VigintException(
                    CoreErrorCode.TOO_MANY_FRAMES,
                    "A video may be made of at most " + limits.maxFrames() + " frames; " + images.size() + " were sent",
                    Map.of("max_frames", limits.maxFrames(), "frames", images.size()));
        }
        long interval = Math.round(1e9 / command.framesPerSecond());
        Instant start = clock.instant();
        List<Frame> frames = new ArrayList<>(images.size());
        for (int i = 0; i < images.size(); i++) {
            try {
                frames.add(validator.frame(images.get(i), start.plusNanos(interval * i)));
            } catch (VigintException e) {
                Map<String, Object> details = new HashMap<>(e.details());
                details.put("index", i);
                throw new VigintException(e.code(), e.getMessage() + " (frame " + i + ")", details);
            }
        }
        return frames;
    }
}
