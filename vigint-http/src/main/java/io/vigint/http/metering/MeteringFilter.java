package io.vigint.http.metering;

import io.vigint.core.error.VigintException;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageSink;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.ErrorEnvelope;
import io.vigint.http.MatchedTemplate;
import io.vigint.http.RequestProperties;
import io.vigint.http.gate.GateRoute;
import io.vigint.http.gate.JerseyRoutes;
import io.vigint.http.gate.Metering;
import io.vigint.http.gate.RequestIds;
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
import java.util.Objects;
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
 *
 * <p>The recording itself is {@link Metering}, which a handler in front of Jersey shares; the route's metering
 * is decided once per resource method ({@link JerseyRoutes}).
 */
@Priority(Priorities.USER + 100)
public final class MeteringFilter implements ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(MeteringFilter.class);

    private final Metering metering;

    @Inject
    public MeteringFilter(Metering metering) {
        this.metering = Objects.requireNonNull(metering, "metering");
    }

    public MeteringFilter(UsageSink sink, PriceList prices, Clock clock) {
        this(new Metering(sink, prices, clock));
    }

    /** With {@code nanoTime} measuring processing time (tests pass their own). */
    MeteringFilter(UsageSink sink, PriceList prices, Clock clock, LongSupplier nanoTime) {
        this(new Metering(sink, prices, clock, nanoTime));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(ClientPrincipal.PROPERTY) instanceof ClientPrincipal principal)) {
            return;
        }
        GateRoute route = JerseyRoutes.of(request);
        int status = response.getStatus();
        if (route == null
                || !Metering.meters(
                        route,
                        status,
                        "true".equalsIgnoreCase(response.getHeaderString(IdempotencyFilter.REPLAYED_HEADER)))) {
            return;
        }
        try {
            if (route.ingest()) {
                if (status < 400
                        && request.getProperty(IngestGate.ADMITTED_PROPERTY) instanceof IngestGate.Admitted admitted) {
                    metering.recordIngest(principal, admitted);
                }
                return;
            }
            metering.recordCall(
                    principal,
                    route,
                    request.getMethod(),
                    status,
                    request.getProperty(RequestProperties.START_NANOS) instanceof Long start ? start : null,
                    units(request),
                    requestId(request));
        } catch (VigintException e) {
            refuse(e, request, response);
        }
    }

    /** Replaces the response with the failure to record it (503). */
    private static void refuse(VigintException e, ContainerRequestContext request, ContainerResponseContext response) {
        LOG.warn(
                "Usage of request {} could not be recorded; answering 503 instead of {}: {}",
                requestId(request),
                response.getStatus(),
                e.getMessage());
        Response failure = ErrorEnvelope.response(e.code(), e.code().defaultMessage(), java.util.Map.of())
                .build();
        response.setStatus(failure.getStatus());
        response.getHeaders().remove("Location");
        response.setEntity(failure.getEntity(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
    }

    /** The call's {@link RequestProperties#BILLABLE_UNITS}: 1 unless the resource said otherwise. */
    private static int units(ContainerRequestContext request) {
        return request.getProperty(RequestProperties.BILLABLE_UNITS) instanceof Integer units && units >= 0 ? units : 1;
    }

    private static String requestId(ContainerRequestContext request) {
        Object id = request.getProperty(RequestProperties.REQUEST_ID);
        return id == null ? RequestIds.newId() : id.toString();
    }
}
