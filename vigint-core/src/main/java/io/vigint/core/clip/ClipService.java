package io.vigint.core.clip;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.core.port.RandomSource;
import io.vigint.core.util.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores incident clips under random ids, makes signed links to them, serves them to holders of a valid
 * link and deletes them when their retention period is over. A clip older than the retention period is
 * gone even before the next purge removes its file.
 *
 * @param retention how long clips are kept
 * @param linkLifetime how long a link works
 * @param publicBaseUrl where clients reach this server, e.g. {@code https://vigint.example.com}; links
 *     are {@code <publicBaseUrl>/video/<id>?token=<token>} (a trailing slash is dropped)
 */
public record ClipService(
        ClipStore store,
        VideoLinkSigner signer,
        Clock clock,
        RandomSource random,
        Duration retention,
        Duration linkLifetime,
        String publicBaseUrl)
        implements FetchClipUseCase {
    /** The default retention period of clips and lifetime of links: 48 hours. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(48);

    public ClipService {
        Checks.nonNull("store signer clock random", store, signer, clock, random);
        positive(retention, "retention");
        positive(linkLifetime, "linkLifetime");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** Stores {@code video} as a new clip of {@code clientId}, under a new random id. */
    public StoredClip store(ClientId clientId, byte[] video) {
        return store.save(ClipId.random(random), clientId, clock.instant(), video);
    }

    /** A signed link to {@code clip}, working for the link lifetime from now. */
    public VideoLink link(StoredClip clip) {
        return link(clip.id(), clock.instant().plus(linkLifetime));
    }

    /** A signed link to the video {@code id}, working until {@code expiresAt} (to the second). */
    public VideoLink link(ClipId id, Instant expiresAt) {
        String url = publicBaseUrl + "/video/" + id.value() + "?token=" + signer.token(id, expiresAt);
        return new VideoLink(url, expiresAt);
    }

    @Override
    public ClipContent fetch(String id, String token) {
        ClipId clipId = ClipId.parse(id);
        Instant now = clock.instant();
        if (!signer.isValid(clipId, token, now)) {
            throw new VigintException(CoreErrorCode.INVALID_VIDEO_TOKEN);
        }
        Optional<StoredClip> clip = store.find(clipId).filter(found -> !expired(found, now));
        Optional<InputStream> content = clip.flatMap(found -> store.open(clipId));
        if (content.isEmpty()) {
            throw new VigintException(
                    CoreErrorCode.CLIP_NOT_FOUND,
                    "No such video; videos are kept for " + io.vigint.core.util.DurationText.format(retention),
                    Map.of());
        }
        return withFormat(clip.get(), content.get());
    }

    /** The clip with its format, read from its first bytes (the reader still gets them). */
    private static ClipContent withFormat(StoredClip clip, InputStream content) {
        try {
            HeadReplayingStream replaying = new HeadReplayingStream(content, 12);
            return new ClipContent(clip, ClipFormat.sniff(replaying.head()), replaying);
        } catch (IOException e) {
            try {
                content.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new VigintException(CoreErrorCode.INTERNAL_ERROR, "The stored video could not be read", Map.of());
        }
    }

    /** Deletes the clips whose retention period is over; returns how many. */
    public int purgeExpired() {
        // a clip is gone from the instant its retention ends, so a clip stored exactly one retention
        // period ago goes too
        return store.deleteCreatedBefore(clock.instant().minus(retention).plusNanos(1));
    }

    private boolean expired(StoredClip clip, Instant now) {
        return !clip.createdAt().plus(retention).isAfter(now);
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
