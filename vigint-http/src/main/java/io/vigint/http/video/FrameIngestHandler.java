package io.vigint.http.video;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.vigint.core.client.ClientId;
import io.vigint.core.error.VigintException;
import io.vigint.core.video.BufferedFrames;
import io.vigint.core.video.IngestFrameUseCase;
import io.vigint.core.video.SourceIds;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.auth.AccessRule;
import io.vigint.http.gate.Authentication;
import io.vigint.http.gate.Caller;
import io.vigint.http.gate.ErrorAnswer;
import io.vigint.http.gate.GateRoute;
import io.vigint.http.gate.Metering;
import io.vigint.http.gate.PresentedCredentials;
import io.vigint.http.gate.RateLimitHeaders;
import io.vigint.http.gate.RequestIds;
import io.vigint.http.idempotency.IdempotencyFilter;
import io.vigint.http.json.JsonMapperProvider;
import io.vigint.http.logging.RequestIdFilter;
import io.vigint.http.metrics.VigintMetrics;
import io.vigint.http.ratelimit.IngestGate;
import io.vigint.http.ratelimit.RateLimitDecision;
import io.vigint.http.server.FrontHandler;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code POST /api/video/buffer} without Jersey, for the requests that need nothing Jersey does: the exact
 * canonical path without a query, a single {@code Content-Type} of exactly {@code image/jpeg} or {@code
 * application/json}, a single decimal {@code Content-Length}, no {@code Idempotency-Key}, and no {@code Accept} or
 * one of {@code *}{@code /*} and {@code application/json}. Every other request (another spelling of the path, which
 * Jersey canonicalises; a query; another type; a key to replay) is left to Jersey, which answers it as always.
 *
 * <p>The steps are the ones {@link VideoResource} and the filters take, through the same code ({@link
 * io.vigint.http.gate}): the request id, authentication by the route's {@link AccessRule}, the frame (the body array
 * as collected, no copy; base64 JSON decoded once, {@link FrameText}), the {@link IngestGate}, validation and
 * buffering, the ingest count made durable ({@link Metering#recordIngest}) before the answer, the {@code RateLimit-*}
 * headers, {@code X-Content-Type-Options}, the request metrics and the access-log line. A request that fails before
 * the ingest gate took anything (bad JSON, a bad field, a frame over the byte limit, no client key) is handed to
 * Jersey unchanged, so its answer is Jersey's own; a refusal of authentication and everything from the gate on is
 * answered here with the one error envelope ({@link ErrorAnswer}).
 */
public final class FrameIngestHandler implements FrontHandler {
    /** The one path taken, exactly as sent (the request line's bytes, before any decoding or normalising). */
    static final String PATH = "/api/video/buffer";

    private static final Logger LOG = LoggerFactory.getLogger(FrameIngestHandler.class);
    private static final Logger ACCESS = LoggerFactory.getLogger(RequestIdFilter.ACCESS_LOGGER);
    private static final GateRoute ROUTE = GateRoute.of(PATH);
    private static final String POST = "POST";
    private static final String JSON = "application/json";
    private static final String JPEG = "image/jpeg";
    private static final String DEFAULT_SOURCE = SourceIds.check(null);

    private final Authentication authentication;
    private final IngestGate gate;
    private final Metering metering;
    private final IngestFrameUseCase ingest;
    private final VigintMetrics metrics;
    private final Clock clock;
    private final AccessRule rule = ROUTE.ruleFor(POST);
    private final ObjectReader requests = JsonMapperProvider.mapper().readerFor(BufferRequest.class);
    private final ObjectWriter answers = JsonMapperProvider.mapper().writerFor(BufferedView.class);
    private final LongAdder answered = new LongAdder();

    @Inject
    public FrameIngestHandler(
            Authentication authentication,
            IngestGate gate,
            Optional<Metering> metering,
            IngestFrameUseCase ingest,
            VigintMetrics metrics,
            Clock clock) {
        this.authentication = authentication;
        this.gate = gate;
        // Without metering (a server built without MeteringHttpModule), Jersey answers: it meters nothing then.
        this.metering = metering.orElse(null);
        this.ingest = ingest;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public boolean serve(Request request, Response response, byte[] body) throws IOException {
        if (metering == null || !takes(request)) {
            return false;
        }
        boolean json = JSON.equalsIgnoreCase(request.getHeader("Content-Type"));
        long started = System.nanoTime();
        String requestId = RequestIds.idFor(request.getHeader(RequestIdFilter.HEADER));
        MDC.put(RequestIdFilter.MDC_KEY, requestId);
        try {
            boolean served = serve(request, response, body, json, started, requestId);
            if (served) {
                answered.increment();
            }
            return served;
        } finally {
            MDC.remove(RequestIdFilter.MDC_KEY);
        }
    }

    private boolean serve(Request request, Response response, byte[] body, boolean json, long started, String requestId)
            throws IOException {
        Caller caller;
        try {
            caller = authentication.authenticate(
                    rule,
                    new PresentedCredentials(
                            request.getHeader("X-API-Key"),
                            request.getHeader("Authorization"),
                            request.getHeader("X-Admin-Key"),
                            null),
                    request::getRemoteAddr);
        } catch (VigintException refused) {
            answerError(response, refused, null, requestId, null, started);
            return true;
        }
        ClientPrincipal principal = caller.client();
        if (principal == null) {
            return false;
        }
        Frame frame = json ? fromJson(body) : fromRaw(body);
        if (frame == null) {
            return false;
        }
        ClientId client = principal.client().id();
        RateLimitDecision[] decision = new RateLimitDecision[1];
        try {
            IngestGate.Admitted admitted = gate.admit(client, frame.source, 1, frame.data.length, d -> decision[0] = d);
            Instant taken = frame.taken != null ? frame.taken : clock.instant();
            BufferedFrames result = ingest.ingest(client, frame.source, frame.data, taken);
            try {
                metering.recordIngest(principal, admitted);
            } catch (VigintException unrecorded) {
                // As MeteringFilter answers it: the code's own message, no details (nothing of the database).
                LOG.warn(
                        "Usage of request {} could not be recorded; answering 503 instead of 200: {}",
                        requestId,
                        unrecorded.getMessage());
                throw new VigintException(unrecorded.code(), unrecorded.code().defaultMessage(), Map.of());
            }
            byte[] answer = answers.writeValueAsBytes(
                    new BufferedView(VideoResource.BUFFERED, frame.count, result.bufferSize(), result.timestamp()));
            response.setStatus(200);
            headers(response, decision[0], requestId);
            response.setContentType(JSON);
            response.setContentLength(answer.length);
            response.getOutputStream().write(answer);
            served(200, principal, requestId, started);
        } catch (VigintException refused) {
            answerError(response, refused, decision[0], requestId, principal, started);
        }
        return true;
    }

    /** How many requests this handler answered (the others went to Jersey). */
    long answered() {
        return answered.sum();
    }

    /** Whether the request is one this handler answers exactly as Jersey would (see the class comment). */
    private static boolean takes(Request request) {
        if (!POST.equals(request.getMethod().getMethodString())
                || !request.getRequest()
                        .getRequestURIRef()
                        .getOriginalRequestURIBC()
                        .equals(PATH)
                || request.getQueryString() != null
                || request.getHeader(IdempotencyFilter.KEY_HEADER) != null) {
            return false;
        }
        String type = single(request, "Content-Type");
        if (type == null || !(JPEG.equalsIgnoreCase(type) || JSON.equalsIgnoreCase(type))) {
            return false;
        }
        String length = single(request, "Content-Length");
        if (length == null
                || length.isEmpty()
                || length.length() > 10
                || !length.chars().allMatch(Character::isDigit)) {
            return false;
        }
        Iterator<String> accept = request.getHeaders("Accept").iterator();
        if (accept.hasNext()) {
            String value = accept.next();
            return !accept.hasNext() && ("*/*".equals(value) || JSON.equals(value));
        }
        return true;
    }

    /** The value of header {@code name} if it is sent exactly once, else null. */
    private static String single(Request request, String name) {
        Iterator<String> values = request.getHeaders(name).iterator();
        if (!values.hasNext()) {
            return null;
        }
        String value = values.next();
        return values.hasNext() ? null : value;
    }

    /** A raw frame, or null when {@link VideoResource} would refuse it before the ingest gate. */
    private Frame fromRaw(byte[] body) {
        if (body.length > ingest.maxFrameBytes()) {
            return null;
        }
        return new Frame(body, DEFAULT_SOURCE, 1, null);
    }

    /** A JSON frame, or null when reading it fails in any way (Jersey then answers the request, with its error). */
    private Frame fromJson(byte[] body) {
        try {
            BufferRequest request = requests.readValue(body);
            if (request == null || (request.frameCount() != null && request.frameCount() < 0)) {
                return null;
            }
            String source = SourceIds.check(request.sourceId());
            Instant now = clock.instant();
            byte[] data = FrameText.decode(request.frameData(), "frame_data", ingest.maxFrameBytes());
            Instant taken = FrameTimestamps.parse(request.timestamp(), now);
            return new Frame(data, source, request.frameCount() == null ? 1 : request.frameCount(), taken);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void answerError(
            Response response,
            VigintException refused,
            RateLimitDecision decision,
            String requestId,
            ClientPrincipal principal,
            long started) {
        ErrorAnswer answer = ErrorAnswer.of(refused, metrics);
        if (decision != null) {
            if (decision.allowed()) {
                RateLimitHeaders.write(decision, response::setHeader);
            } else {
                RateLimitHeaders.writeLimits(decision, response::setHeader);
            }
        }
        response.setHeader(RequestIdFilter.HEADER, requestId);
        answer.writeTo(response);
        served(answer.status(), principal, requestId, started);
    }

    private static void headers(Response response, RateLimitDecision decision, String requestId) {
        if (decision != null) {
            RateLimitHeaders.write(decision, response::setHeader);
        }
        response.setHeader(RequestIdFilter.HEADER, requestId);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** The request metrics and the access-log line, as {@code MetricsFilter} and {@link RequestIdFilter} write them. */
    private void served(int status, ClientPrincipal principal, String requestId, long started) {
        long nanos = System.nanoTime() - started;
        metrics.requestServed(POST, PATH, status, nanos);
        if (ACCESS.isInfoEnabled()) {
            ACCESS.info(
                    "method={} path={} status={} duration_ms={} client={} request_id={}",
                    POST,
                    PATH,
                    status,
                    nanos / 1_000_000,
                    principal == null
                            ? "-"
                            : Long.toString(principal.client().id().value()),
                    requestId);
        }
    }

    /** What the request carries: the image, its source, the sender's counter, when it was taken (null: now). */
    private record Frame(byte[] data, String source, long count, Instant taken) {}
}
