package io.vigint.http.ratelimit;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.error.VigintExceptionMapper;
import io.vigint.http.metrics.VigintMetrics;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The limits of frame ingest, which replace the per-minute API-call limit on the ingest routes (the {@link
 * RateLimitFilter} leaves those alone): a frame rate per client and source ({@value
 * IngestLimitSettings#FRAMES_LIMIT}) and a byte rate per client ({@value IngestLimitSettings#BYTES_LIMIT}),
 * each a bucket of {@code burst} seconds' worth on the same {@link RateLimiter} as the API-call limit. The
 * ingest resource calls {@link #admit} once it knows the source, the frames and their bytes, before it looks
 * at the images: a batch counts each of its frames.
 *
 * <p>A refusal is 429 {@code RATE_LIMITED} whose {@code details.limit_name} names the limit hit, with {@code
 * Retry-After} and the {@code RateLimit-*} headers of that bucket (the {@link RateLimitFilter}'s response side
 * writes them from {@link RateLimitFilter#DECISION_PROPERTY}). When the frame bucket allowed a request that the
 * byte bucket then refuses, its frames are given back. A request that alone exceeds a full bucket (more frames
 * or bytes than a burst holds) could never pass: it is 413 ({@code TOO_MANY_FRAMES} or {@code
 * PAYLOAD_TOO_LARGE}) naming the limit. An admitted request carries {@link Admitted} for metering.
 */
public final class IngestGate {
    /** Request property holding the {@link Admitted} ingest of the request. */
    public static final String ADMITTED_PROPERTY = "vigint.ingest";

    /**
     * Frames let through by {@link #admit}.
     *
     * @param sourceId the source they go to
     * @param frames how many
     * @param bytes their size (the images, not their base64 text)
     */
    public record Admitted(String sourceId, int frames, long bytes) {}

    private final RateLimiter limiter;
    private final ClientRateLimits limits;
    private final IngestLimitSettings settings;
    private final VigintMetrics metrics;
    private final LimiterOutage outage = new LimiterOutage(LoggerFactory.getLogger(IngestGate.class));

    @Inject
    public IngestGate(RateLimiter limiter, ClientRateLimits limits, RateLimitSettings settings, VigintMetrics metrics) {
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.settings = settings.ingest();
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Takes {@code frames} frames of {@code bytes} bytes for {@code sourceId} from the budgets of the request's
     * client, or refuses the request.
     *
     * @throws VigintException 429 {@code RATE_LIMITED} when a budget is spent; 413 {@code TOO_MANY_FRAMES} or
     *     {@code PAYLOAD_TOO_LARGE} when the request alone exceeds a full budget
     */
    public void admit(ContainerRequestContext request, String sourceId, int frames, long bytes) {
        Admitted admitted = admit(
                ClientPrincipal.of(request).client().id(),
                sourceId,
                frames,
                bytes,
                decision -> request.setProperty(RateLimitFilter.DECISION_PROPERTY, decision));
        request.setProperty(ADMITTED_PROPERTY, admitted);
    }

    /**
     * {@link #admit(ContainerRequestContext, String, int, long)} without Jersey (a handler in front of it calls
     * this): takes {@code frames} frames of {@code bytes} bytes for {@code sourceId} from {@code client}'s
     * budgets, or refuses.
     *
     * @param decisions receives the decision whose {@code RateLimit-*} headers the answer carries ({@link
     *     io.vigint.http.gate.RateLimitHeaders}), the refusing one when a budget is spent; not called when no
     *     frame was counted or the limiter is unavailable
     * @return what to meter once the frames are buffered ({@link io.vigint.http.gate.Metering#recordIngest})
     * @throws VigintException 429 {@code RATE_LIMITED} when a budget is spent; 413 {@code TOO_MANY_FRAMES} or
     *     {@code PAYLOAD_TOO_LARGE} when the request alone exceeds a full budget
     */
    public Admitted admit(
            ClientId client, String sourceId, int frames, long bytes, Consumer<RateLimitDecision> decisions) {
        ClientRateLimits.Limits own = limits.of(client);
        Budget frameBudget = settings.frames(own.framesPerSecond());
        Budget byteBudget = settings.bytes(own.bytesPerSecond());
        if (frames > frameBudget.capacity()) {
            throw tooLarge(CoreErrorCode.TOO_MANY_FRAMES, IngestLimitSettings.FRAMES_LIMIT, frames, frameBudget);
        }
        if (bytes > byteBudget.capacity()) {
            throw tooLarge(CoreErrorCode.PAYLOAD_TOO_LARGE, IngestLimitSettings.BYTES_LIMIT, bytes, byteBudget);
        }
        String frameKey = "ingest-frames:client:" + client.value() + ":source:" + sourceId;
        try {
            RateLimitDecision framesTaken = frames < 1 ? null : limiter.tryConsume(frameKey, frameBudget, frames);
            if (framesTaken != null && !framesTaken.allowed()) {
                throw refuse(decisions, framesTaken, IngestLimitSettings.FRAMES_LIMIT, own.framesPerSecond(), sourceId);
            }
            if (bytes > 0) {
                RateLimitDecision bytesTaken =
                        limiter.tryConsume("ingest-bytes:client:" + client.value(), byteBudget, bytes);
                if (!bytesTaken.allowed()) {
                    if (framesTaken != null) {
                        limiter.refund(frameKey, frameBudget, frames);
                    }
                    throw refuse(decisions, bytesTaken, IngestLimitSettings.BYTES_LIMIT, own.bytesPerSecond(), null);
                }
            }
            if (framesTaken != null) {
                decisions.accept(framesTaken);
            }
        } catch (VigintException e) {
            throw e;
        } catch (RuntimeException e) {
            outage.letThrough(e);
        }
        return new Admitted(sourceId, frames, bytes);
    }

    private VigintException refuse(
            Consumer<RateLimitDecision> decisions,
            RateLimitDecision decision,
            String limitName,
            long rate,
            String sourceId) {
        metrics.rateLimited();
        decisions.accept(decision);
        String what = limitName.equals(IngestLimitSettings.FRAMES_LIMIT)
                ? rate + " frames per second for source " + sourceId
                : rate + " bytes per second of frames";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(RateLimitFilter.LIMIT_NAME_DETAIL, limitName);
        details.put("limit", rate);
        details.put("burst", decision.limit());
        if (sourceId != null) {
            details.put("source_id", sourceId);
        }
        details.put(VigintExceptionMapper.RETRY_AFTER_DETAIL, decision.retryAfterSeconds());
        return new VigintException(
                CoreErrorCode.RATE_LIMITED,
                "Ingest limit of " + what + " exceeded (" + limitName + ", bursts up to " + decision.limit()
                        + "); retry in " + decision.retryAfterSeconds() + " s",
                details);
    }

    private static VigintException tooLarge(CoreErrorCode code, String limitName, long asked, Budget budget) {
        return new VigintException(
                code,
                "This request alone needs " + asked
                        + (limitName.equals(IngestLimitSettings.FRAMES_LIMIT) ? " frames" : " bytes")
                        + ", more than the " + limitName + " limit lets through at once (" + budget.capacity()
                        + "); send it in smaller parts",
                Map.of(RateLimitFilter.LIMIT_NAME_DETAIL, limitName, "burst", budget.capacity(), "requested", asked));
    }
}
