package io.vigint.http.metering;

import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKey;
import io.vigint.core.money.Money;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageSink;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.MatchedTemplate;
import io.vigint.http.RequestProperties;
import io.vigint.http.idempotency.IdempotencyFilter;
import io.vigint.http.ratelimit.IngestGate;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every metered call in the {@link UsageSink}, after the resource ran and before the response is
 * written, and waits until the record is durable: a response goes out only once its call is billed.
 *
 * <p>Metered (see {@link PriceList}): a call by an authenticated client ({@link ClientPrincipal}) to a route
 * whose matched path template ({@link MatchedTemplate}, e.g. {@code /api/v1/keys/{id}}) is under {@code
 * /api/}. The decision and the endpoint recorded are both that template, never the request's own path, so
 * every spelling Jersey routes to a metered resource ({@code /api;x/video/analyze}, {@code
 * //api/video/analyze}) is metered exactly like the canonical path, under the canonical endpoint. Not
 * recorded: a response replayed from the idempotency cache (header {@value IdempotencyFilter#REPLAYED_HEADER};
 * the first response was billed), and a 429 (the rate limit refused the call before anything ran). The cost
 * comes from the price list, for the processing time since the request entered the server and the number of
 * billable things the resource did ({@link RequestProperties#BILLABLE_UNITS}; one unless it says).
 *
 * <p>Frame ingest ({@link PriceList#isIngest}: buffer, batch, multi-source buffer) is not recorded call by
 * call: a successful ingest call (status below 400) adds the frames and bytes the {@link IngestGate} admitted
 * to its client's count of that source and minute ({@link UsageSink#recordIngest}, as durable as a record);
 * a failed one counts nothing, as nothing was buffered.
 *
 * <p>If the record cannot be made durable, the response is replaced by 503 {@code STORAGE_UNAVAILABLE}:
 * the caller is told the call failed rather than being served unbilled. Because this filter runs before
 * the idempotency filter's response side (higher priority value), a replaced response releases the
 * idempotency key, so a retry runs and is billed then.
 */
@Priority(Priorities.USER + 100)
public final class MeteringFilter implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(MeteringFilter.class);
    private static final int TOO_MANY_REQUESTS = 429;

    private final UsageSink sink;
    private final PriceList prices;
    private final Clock clock;
    private final LongSupplier nanoTime;

    @Inject
    public MeteringFilter(UsageSink sink, PriceList prices, Clock clock) {
        this(sink, prices, clock, System::nanoTime);
    }

    /** With {@code nanoTime} measuring processing time (tests pass their own). */
    MeteringFilter(UsageSink sink, PriceList prices, Clock clock, LongSupplier nanoTime) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal)) {
            return;
        }
        Optional<String> template = MatchedTemplate.of(request.getUriInfo());
        if (template.isEmpty()
                || !PriceList.isMetered(template.get())
                || response.getStatus() == TOO_MANY_REQUESTS
                || "true".equalsIgnoreCase(response.getHeaderString(IdempotencyFilter.REPLAYED_HEADER))) {
            return;
        }
        if (PriceList.isIngest(template.get())) {
            if (response.getStatus() < 400
                    && request.getProperty(IngestGate.ADMITTED_PROPERTY) instanceof IngestGate.Admitted admitted) {
                IngestUsage counted = new IngestUsage(
                        principal.client().id(),
                        admitted.sourceId(),
                        clock.instant(),
                        admitted.frames(),
                        admitted.bytes());
                record(() -> sink.recordIngest(counted), request, response);
            }
            return;
        }
        String endpoint = truncate(template.get(), UsageRecord.MAX_ENDPOINT);
        int status = response.getStatus();
        Money cost = prices.costOf(endpoint, status, processing(request), units(request));
        ApiKey key = principal.apiKey();
        UsageRecord record = new UsageRecord(
                key == null ? null : key.id(),
                principal.client().id(),
                endpoint,
                truncate(request.getMethod(), UsageRecord.MAX_METHOD),
                status,
                cost,
                clock.instant(),
                requestId(request));
        record(() -> sink.record(record), request, response);
    }

    /** Runs {@code write}; if it fails, replaces the response with the failure (503). */
    private static void record(Runnable write, ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        try {
            write.run();
        } catch (VigintException e) {
            LOG.warn(
                    "Usage of request {} could not be recorded; answering 503 instead of {}: {}",
                    requestId(request),
                    status,
                    e.getMessage());
            Response failure = ErrorEnvelope.response(e.code(), e.code().defaultMessage(), java.util.Map.of())
                    .build();
            response.setStatus(failure.getStatus());
            response.getHeaders().remove("Location");
            response.setEntity(failure.getEntity(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        }
    }

    private Duration processing(ContainerRequestContext request) {
        if (request.getProperty(RequestProperties.START_NANOS) instanceof Long start) {
            return Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - start));
        }
        return Duration.ZERO;
    }

    /** The call's {@link RequestProperties#BILLABLE_UNITS}: 1 unless the resource said otherwise. */
    private static int units(ContainerRequestContext request) {
        return request.getProperty(RequestProperties.BILLABLE_UNITS) instanceof Integer units && units >= 0 ? units : 1;
    }

    private static String requestId(ContainerRequestContext request) {
        Object id = request.getProperty(RequestProperties.REQUEST_ID);
        String text = id == null ? UUID.randomUUID().toString() : id.toString();
        return truncate(text, UsageRecord.MAX_REQUEST_ID);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
