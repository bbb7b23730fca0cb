package io.vigint.http.idempotency;

import io.vigint.core.client.ClientId;
import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.ErrorCode;
import io.vigint.core.idempotency.IdempotencyRecord;
import io.vigint.core.idempotency.IdempotencyStore;
import io.vigint.core.idempotency.StoredResponse;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.error.HttpErrorCode;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes POST requests with an {@code Idempotency-Key} header safe to retry, per authenticated client
 * (requests without a {@link ClientPrincipal} or without the header pass untouched).
 *
 * <p>The key must be 1 to 255 printable ASCII characters (else 400 {@code VALIDATION_FAILED}). The request
 * is fingerprinted (SHA-256 of method, path with query, and body; the body is buffered, up to a bound, and
 * handed on to the resource) and the key claimed in the {@link IdempotencyStore}:
 * <ul>
 *   <li>first use: the request runs; its response (status, content type, body as serialised by the
 *       response's {@code MessageBodyWriter}) is stored, without its secrets: a field {@code api_key} (a new
 *       API key, shown once) or {@code access_token} is stored as {@code api_key_redacted: true} (resp.
 *       {@code access_token_redacted}), see {@link SecretRedaction}. A 5xx response, or a 429 (a limit
 *       the resource applies itself, such as the frame-ingest limits, refused it: retrying later is the
 *       point), releases the key instead, so a retry runs again.</li>
 *   <li>same key, same request, finished: the stored response is replayed, with
 *       {@code Idempotent-Replayed: true}, and the resource is not called.</li>
 *   <li>same key, different request: 422 {@code IDEMPOTENCY_KEY_REUSED}.</li>
 *   <li>same key while the first request still runs: 409 {@code IDEMPOTENCY_IN_PROGRESS}.</li>
 * </ul>
 * Keys older than the retention (24 h) count as unused; {@link IdempotencyPurger} deletes them. A claim
 * still unfinished after 10 minutes is taken as abandoned (its server stopped mid-request) and claimed
 * anew by the next request with that key.
 */
@Priority(Priorities.USER)
public final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {
    /** The request header carrying the key. */
    public static final String KEY_HEADER = "Idempotency-Key";
    /** The response header marking a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** How long a key is remembered by default. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);
    /** The largest body fingerprinted by default (larger requests with a key get 413). */
    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
    /** How long an unfinished claim blocks its key by default. */
    public static final Duration DEFAULT_ABANDON_AFTER = Duration.ofMinutes(10);
    /** Longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    private static final int TOO_MANY_REQUESTS = 429;

    private static final String INVALID_KEY_MESSAGE =
            "The Idempotency-Key header must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters";

    private static final String CLAIM_PROPERTY = "vigint.idempotency.claim";

    private final IdempotencyStore store;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonAfter;
    private final int maxBodyBytes;
    private final String tooLargeMessage;

    /** A filter keeping keys for 24 h and fingerprinting bodies of up to 16 MiB. */
    @Inject
    public IdempotencyFilter(IdempotencyStore store, Clock clock) {
        this(store, clock, DEFAULT_RETENTION, DEFAULT_ABANDON_AFTER, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * @param retention how long a key is remembered
     * @param abandonAfter how long an unfinished claim blocks its key
     * @param maxBodyBytes the largest request body accepted with a key
     */
    public IdempotencyFilter(
            IdempotencyStore store, Clock clock, Duration retention, Duration abandonAfter, int maxBodyBytes) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.abandonAfter = Objects.requireNonNull(abandonAfter, "abandonAfter");
        if (retention.isNegative() || retention.isZero() || abandonAfter.isNegative() || abandonAfter.isZero()) {
            throw new IllegalArgumentException("retention and abandonAfter must be positive");
        }
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative");
        }
        this.maxBodyBytes = maxBodyBytes;
        this.tooLargeMessage = "Requests with an Idempotency-Key may have at most " + maxBodyBytes + " bytes of body";
    }

    /** A key that has been claimed by this request, and what the response filter learnt of the response. */
    private static final class Claim {
        final ClientId clientId;
        final String key;
        int status;
        String contentType;

        Claim(ClientId clientId, String key) {
            this.clientId = clientId;
            this.key = key;
        }
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String key = request.getHeaderString(KEY_HEADER);
        if (key == null || !(request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal)) {
            return;
        }
        if (!validKey(key)) {
            refuse(request, CoreErrorCode.VALIDATION_FAILED, INVALID_KEY_MESSAGE, Map.of("field", KEY_HEADER));
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            refuse(request, CoreErrorCode.PAYLOAD_TOO_LARGE, tooLargeMessage, Map.of("max_bytes", maxBodyBytes));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        ClientId clientId = principal.client().id();
        String fingerprint = fingerprint(request, body);
        Instant now = clock.instant();
        Optional<IdempotencyRecord> holder = store.claim(clientId, key, fingerprint, now, now.minus(retention));
        if (holder.isPresent()
                && !holder.get().completed()
                && holder.get().createdAt().isBefore(now.minus(abandonAfter))) {
            store.release(clientId, key);
            holder = store.claim(clientId, key, fingerprint, now, now.minus(retention));
        }
        if (holder.isEmpty()) {
            request.setProperty(CLAIM_PROPERTY, new Claim(clientId, key));
            return;
        }
        IdempotencyRecord existing = holder.get();
        if (!existing.fingerprint().equals(fingerprint)) {
            ErrorCode reused = HttpErrorCode.IDEMPOTENCY_KEY_REUSED;
            refuse(request, reused, reused.defaultMessage(), Map.of("field", KEY_HEADER));
        } else if (!existing.completed()) {
            request.abortWith(ErrorEnvelope.response(HttpErrorCode.IDEMPOTENCY_IN_PROGRESS)
                    .build());
        } else {
            request.abortWith(replay(existing.response()));
        }
    }

    private static void refuse(
            ContainerRequestContext request, ErrorCode code, String message, Map<String, Object> details) {
        request.abortWith(ErrorEnvelope.response(code, message, details).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM_PROPERTY) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500 || response.getStatus() == TOO_MANY_REQUESTS) {
            request.removeProperty(CLAIM_PROPERTY);
            store.release(claim.clientId, claim.key);
            return;
        }
        claim.status = response.getStatus();
        claim.contentType =
                response.getMediaType() == null ? null : response.getMediaType().toString();
        if (!response.hasEntity()) {
            request.removeProperty(CLAIM_PROPERTY);
            store.complete(claim.clientId, claim.key, new StoredResponse(claim.status, claim.contentType, new byte[0]));
        }
    }

    /**
     * Serialises the entity of a claimed request's response into memory, stores it (without its secrets),
     * then sends it: the stored bytes are what the client got less the secrets, and a client that hangs up
     * mid-response still finds the response stored when it retries.
     */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(CLAIM_PROPERTY) instanceof Claim claim)) {
            context.proceed();
            return;
        }
        context.removeProperty(CLAIM_PROPERTY);
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            context.setOutputStream(buffer);
            context.proceed();
        } catch (IOException | RuntimeException | Error e) {
            store.release(claim.clientId, claim.key);
            throw e;
        } finally {
            context.setOutputStream(original);
        }
        byte[] body = buffer.toByteArray();
        String contentType = context.getMediaType() == null
                ? claim.contentType
                : context.getMediaType().toString();
        store.complete(
                claim.clientId,
                claim.key,
                new StoredResponse(claim.status, contentType, SecretRedaction.redact(body, contentType)));
        original.write(body);
    }

    private static Response replay(StoredResponse stored) {
        byte[] body = stored.body();
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (body.length > 0) {
            builder.entity(body);
            if (stored.contentType() != null) {
                builder.type(MediaType.valueOf(stored.contentType()));
            }
        }
        return builder.build();
    }

    /** Whether {@code key} is 1 to 255 printable ASCII characters (space to tilde). */
    static boolean validKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** The whole body, or {@code null} if it is longer than the bound. */
    private byte[] readBody(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        InputStream in = request.getEntityStream();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(chunk)) != -1) {
            total += n;
            if (total > maxBodyBytes) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        sha256.update((request.getMethod() + "\n" + path + "\n" + (query == null ? "" : query) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }
}
