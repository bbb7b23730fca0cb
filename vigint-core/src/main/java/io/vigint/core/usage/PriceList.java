package io.vigint.core.usage;

import io.vigint.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What metered calls cost, in one currency.
 *
 * <p>Which calls are metered (decided here so every adapter agrees): every call by an authenticated client
 * to a path under {@value #METERED_ROOT} (see {@link #isMetered}) is recorded, whether or not its endpoint is
 * in this list. The cost of a call ({@link #costOf}) is its endpoint's {@link Price}, base plus per-second
 * processing, for a successful call (status below 400); a call that failed (4xx, 5xx) and a call to an
 * endpoint not in the list cost zero, but are still recorded. Endpoints are matched exactly, as the path
 * template the server matched (for example {@code /api/v1/keys/{id}}).
 *
 * <p>Frame ingest ({@link #INGEST_ENDPOINTS}: buffer, batch, multi-source buffer) is metered differently:
 * not one record per call but frames and bytes per client, source and minute ({@link IngestUsage}), and it
 * is free (the original system did not meter it at all); so it cannot be priced here.
 *
 * <p>By default {@code /api/video/analyze} costs {@value #DEFAULT_ANALYZE_PRICE} per call in EUR (the seed's
 * price), {@code /api/video/multi-source/analyze} the same per source it analyzed ({@link #costOf(String, int,
 * Duration, int)}: each source is one analysis), and nothing else is charged.
 */
public record PriceList(Currency currency, Map<String, Price> prices) {
    /** Paths under this root are metered. */
    public static final String METERED_ROOT = "/api/";
    /** The endpoint the seed charges for. */
    public static final String ANALYZE_ENDPOINT = "/api/video/analyze";
    /** The seed's price of one analysis. */
    public static final String DEFAULT_ANALYZE_PRICE = "0.05";
    /** The endpoint that analyzes several sources in one call; its price is per source analyzed. */
    public static final String MULTI_SOURCE_ANALYZE_ENDPOINT = "/api/video/multi-source/analyze";

    /**
     * The frame-ingest endpoints: counted per client, source and minute ({@link IngestUsage}) instead of one
     * {@link UsageRecord} per call, never priced, and (in the HTTP server) limited by frame and byte rates
     * instead of the per-minute call limit.
     */
    public static final Set<String> INGEST_ENDPOINTS =
            Set.of("/api/video/buffer", "/api/video/buffer/batch", "/api/video/multi-source/buffer");

    /**
     * @throws IllegalArgumentException if an ingest endpoint ({@link #INGEST_ENDPOINTS}) has a price
     */
    public PriceList {
        Objects.requireNonNull(currency, "currency");
        prices = Map.copyOf(new TreeMap<>(Objects.requireNonNull(prices, "prices")));
        for (String endpoint : prices.keySet()) {
            if (isIngest(endpoint)) {
                throw new IllegalArgumentException(endpoint + " is frame ingest, which is counted per minute and"
                        + " free: it cannot have a price");
            }
        }
    }

    /** Whether {@code endpoint} (a matched path template) is frame ingest ({@link #INGEST_ENDPOINTS}). */
    public static boolean isIngest(String endpoint) {
        return endpoint != null && INGEST_ENDPOINTS.contains(endpoint);
    }

    /**
     * {@code /api/video/analyze} at 0.05 EUR per call, {@code /api/video/multi-source/analyze} at 0.05 EUR per
     * source analyzed; everything else free.
     */
    public static PriceList defaults() {
        return new PriceList(
                Money.EUR,
                Map.of(
                        ANALYZE_ENDPOINT,
                        Price.perCall(DEFAULT_ANALYZE_PRICE),
                        MULTI_SOURCE_ANALYZE_ENDPOINT,
                        Price.perCall(DEFAULT_ANALYZE_PRICE)));
    }

    /**
     * Whether a call by an authenticated client to the endpoint {@code path} is recorded. Adapters pass the
     * route's canonical endpoint (the HTTP server: the path template it matched, such as {@code
     * /api/v1/keys/{id}}), never a request's raw path, which can be spelt in ways that do not start with
     * {@value #METERED_ROOT} ({@code /api;x/…}) and still reach a metered route.
     */
    public static boolean isMetered(String path) {
        return path != null && path.startsWith(METERED_ROOT);
    }

    /** The price of {@code endpoint} ({@link Price#FREE} if it is not listed). */
    public Price priceOf(String endpoint) {
        return prices.getOrDefault(endpoint, Price.FREE);
    }

    /**
     * The cost of one call: zero if {@code statusCode} is 400 or above, else the endpoint's base price plus
     * its per-second price times {@code processing} (in seconds, to the microsecond), rounded half-up to
     * {@value UsageRecord#COST_SCALE} decimals.
     */
    public Money costOf(String endpoint, int statusCode, Duration processing) {
        return costOf(endpoint, statusCode, processing, 1);
    }

    /**
     * The cost of one call that did {@code units} billable things (the sources a multi-source analysis
     * analyzed): zero if {@code statusCode} is 400 or above or {@code units} is 0, else {@code units} times the
     * endpoint's base price plus its per-second price times {@code processing} (the call's time, counted
     * once), rounded as {@link #costOf(String, int, Duration)}.
     *
     * @throws IllegalArgumentException if {@code units} is negative
     */
    public Money costOf(String endpoint, int statusCode, Duration processing, int units) {
        if (units < 0) {
            throw new IllegalArgumentException("units must not be negative: " + units);
        }
        if (statusCode >= 400 || units == 0) {
            return Money.zero(currency);
        }
        Price price = priceOf(endpoint);
        BigDecimal amount = price.base().multiply(BigDecimal.valueOf(units));
        if (price.perSecond().signum() > 0) {
            BigDecimal seconds = BigDecimal.valueOf(Math.max(0, processing.toNanos() / 1_000), 6);
            amount = amount.add(price.perSecond().multiply(seconds));
        }
        return new Money(amount.setScale(UsageRecord.COST_SCALE, RoundingMode.HALF_UP), currency);
    }
}
