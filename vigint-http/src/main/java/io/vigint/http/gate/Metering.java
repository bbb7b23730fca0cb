package io.vigint.http.gate;

import io.vigint.core.error.VigintException;
import io.vigint.core.key.ApiKey;
import io.vigint.core.money.Money;
import io.vigint.core.usage.IngestUsage;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageRecord;
import io.vigint.core.usage.UsageSink;
import io.vigint.http.ClientPrincipal;
import io.vigint.http.idempotency.IdempotencyFilter;
import io.vigint.http.metering.MeteringFilter;
import io.vigint.http.ratelimit.IngestGate;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Records a metered call, or counts an admitted frame ingest, and returns once it is durable: the rules {@link
 * MeteringFilter} documents, without Jersey, so a handler in front of Jersey meters the same way. Both methods
 * throw {@link VigintException} ({@code STORAGE_UNAVAILABLE}) when the usage could not be made durable; the
 * caller then answers that error (503) instead of the call's answer.
 */
public final class Metering {
    private static final int TOO_MANY_REQUESTS = 429;

    private final UsageSink sink;
    private final PriceList prices;
    private final Clock clock;
    private final LongSupplier nanoTime;

    @Inject
    public Metering(UsageSink sink, PriceList prices, Clock clock) {
        this(sink, prices, clock, System::nanoTime);
    }

    /** With {@code nanoTime} measuring processing time (tests pass their own). */
    public Metering(UsageSink sink, PriceList prices, Clock clock, LongSupplier nanoTime) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.prices = Objects.requireNonNull(prices, "prices");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /**
     * Whether an answer with {@code status} to a client's call of {@code route} is metered at all: the route is
     * metered, the answer is not a 429 (refused before anything ran), and it was not replayed from the idempotency
     * cache (header {@value IdempotencyFilter#REPLAYED_HEADER}: the first answer was metered).
     */
    public static boolean meters(GateRoute route, int status, boolean replayed) {
        return route.metered() && status != TOO_MANY_REQUESTS && !replayed;
    }

    /**
     * Records one call to a metered, non-ingest route and waits until it is durable.
     *
     * @param principal the authenticated client
     * @param route the matched route ({@link #meters} is true, {@link GateRoute#ingest()} false)
     * @param method the HTTP method
     * @param status the answer's status
     * @param startNanos {@link System#nanoTime()} when the request entered the server, or {@code null}
     * @param units the billable things the call did (1 unless the resource said otherwise)
     * @param requestId the request id ({@link RequestIds})
     * @throws VigintException {@code STORAGE_UNAVAILABLE} if the record could not be made durable
     */
    public void recordCall(
            ClientPrincipal principal,
            GateRoute route,
            String method,
            int status,
            Long startNanos,
            int units,
            String requestId) {
        String endpoint = route.endpoint();
        Duration processing =
                startNanos == null ? Duration.ZERO : Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - startNanos));
        Money cost = prices.costOf(endpoint, status, processing, units);
        ApiKey key = principal.apiKey();
        sink.record(new UsageRecord(
                key == null ? null : key.id(),
                principal.client().id(),
                endpoint,
                truncate(method, UsageRecord.MAX_METHOD),
                status,
                cost,
                clock.instant(),
                truncate(requestId, UsageRecord.MAX_REQUEST_ID)));
    }

    /**
     * Adds an admitted ingest ({@link IngestGate#admit}) to the client's count of that source and minute, once
     * its frames are buffered (an answer below 400), and waits until it is durable.
     *
     * @throws VigintException {@code STORAGE_UNAVAILABLE} if the count could not be made durable
     */
    public void recordIngest(ClientPrincipal principal, IngestGate.Admitted admitted) {
        sink.recordIngest(new IngestUsage(
                principal.client().id(), admitted.sourceId(), clock.instant(), admitted.frames(), admitted.bytes()));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
