package io.vigint.core.videofile;

import io.vigint.core.clip.ClipContent;
import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.ClipId;
import io.vigint.core.clip.ClipService;
import io.vigint.core.clip.FetchClipUseCase;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The signed links {@code /video/{id}?token=…} of both alert clips ({@link ClipService}) and hosted clips ({@link
 * VideoFileKind#HOSTED} files): one token format, one signer ({@link ClipService#signer()}), so a link is checked the same way whichever it
 * names. A hosted clip's token expires with the clip; an invalid or expired token is 403 {@code
 * INVALID_VIDEO_TOKEN} for either, before anything else is said about the clip.
 */
public record VideoLinkService(ClipService clips, VideoFileStore files, Clock clock) implements FetchClipUseCase {
    public VideoLinkService {
        Checks.nonNull("clips files clock", clips, files, clock);
    }

    @Override
    public ClipContent fetch(String id, String token) {
        if (!ClipId.isWellFormed(id)) {
            return clips.fetch(id, token);
        }
        ClipId clipId = new ClipId(id);
        Optional<VideoFile> hosted = files.find(clipId).filter(file -> file.kind() == VideoFileKind.HOSTED);
        if (hosted.isEmpty()) {
            return clips.fetch(id, token);
        }
        Instant now = clock.instant();
        if (!clips.signer().isValid(clipId, token, now)) {
            throw new VigintException(CoreErrorCode.INVALID_VIDEO_TOKEN);
        }
        Optional<InputStream> content =
                hosted.filter(file -> !file.expiredAt(now)).flatMap(file -> files.open(clipId));
        if (content.isEmpty()) {
            throw new VigintException(CoreErrorCode.CLIP_NOT_FOUND, "No such video; its link has expired", Map.of());
        }
        return new ClipContent(hosted.get().asClip(), ClipFormat.MP4, content.get());
    }
}
