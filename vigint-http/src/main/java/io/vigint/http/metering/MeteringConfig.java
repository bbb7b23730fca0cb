package io.vigint.http.metering;

import io.vigint.core.config.ConfigReader;
import io.vigint.core.config.ConfigValue;
import io.vigint.core.config.SettingKey;
import io.vigint.core.usage.GroupCommitUsageSink;
import io.vigint.core.usage.Price;
import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageRecord;
import io.vigint.http.SettingFamily;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of metering: the price list and how usage records are batched. Every key has a default
 * that works on a laptop.
 *
 * <p>Prices: {@code pricing.prices} ({@code VIGINT_PRICING_PRICES}) is a comma-separated list of
 * {@code endpoint=price}, default {@code /api/video/analyze=0.05,/api/video/multi-source/analyze=0.05} (the
 * latter per source analyzed: {@link PriceList#costOf(String, int, java.time.Duration, int)}); a price is a base amount per call,
 * optionally plus an amount per second of processing: {@code 0.05} or {@code 0.05+0.002/s}. The config file
 * may also price endpoints one per line, {@code pricing.endpoint./api/alert=0.01}, which adds to or replaces
 * entries of that list. Amounts are in {@code pricing.currency} (default EUR), not negative, with at most 6
 * decimals. Endpoints not listed cost nothing; see {@link PriceList} for which calls are metered. The
 * frame-ingest endpoints ({@link PriceList#INGEST_ENDPOINTS}) cannot be priced: they are counted per source and
 * minute, not per call, and are free.
 *
 * @param prices the price list
 * @param sink batching of usage writes: {@code metering.batch_size} (default 1000),
 *     {@code metering.max_wait_ms} (how long a batch waits for more records once it has one, default 0:
 *     it takes what has queued while the previous batch committed), {@code metering.queue_capacity}
 *     (default 10000), {@code metering.writers} (threads writing batches, each with its own database
 *     connection, default 1)
 */
public record MeteringConfig(PriceList prices, GroupCommitUsageSink.Settings sink) {
    /** Config-file keys starting with this price one endpoint each: {@code pricing.endpoint./api/x=0.01}. */
    public static final String ENDPOINT_PRICE_PREFIX = "pricing.endpoint.";

    private static final Pattern PRICE =
            Pattern.compile("^(\\d{1,13}(?:\\.\\d{1,6})?)(?:\\+(\\d{1,13}(?:\\.\\d{1,6})?)/s)?$");

    private static final SettingFamily PRICING = new SettingFamily("pricing.", "VIGINT_PRICING_");
    private static final SettingFamily METERING = new SettingFamily("metering.", "VIGINT_METERING_");

    public static final SettingKey CURRENCY = PRICING.key("currency", "EUR", "Currency of prices (ISO 4217)");
    public static final SettingKey PRICES = PRICING.key(
            "prices",
            PriceList.ANALYZE_ENDPOINT + "=" + PriceList.DEFAULT_ANALYZE_PRICE + ","
                    + PriceList.MULTI_SOURCE_ANALYZE_ENDPOINT + "=" + PriceList.DEFAULT_ANALYZE_PRICE,
            "Comma-separated endpoint=price (0.05 or 0.05+0.002/s); also pricing.endpoint.<endpoint> in the file");
    public static final SettingKey BATCH_SIZE = METERING.key("batch_size", "1000", "Usage records written per batch");
    public static final SettingKey MAX_WAIT_MS =
            METERING.key("max_wait_ms", "0", "How long a batch waits for more records once it has one");
    public static final SettingKey QUEUE_CAPACITY =
            METERING.key("queue_capacity", "10000", "Usage records queued before calls wait");
    public static final SettingKey WRITERS =
            METERING.key("writers", "1", "Threads writing usage batches, each with its own connection");

    /** Every setting of this record, in the order {@code --help} lists them. */
    public static final List<SettingKey> KEYS =
            List.of(CURRENCY, PRICES, BATCH_SIZE, MAX_WAIT_MS, QUEUE_CAPACITY, WRITERS);

    /**
     * The metering settings from {@code values}, with the source's {@code pricing.endpoint.*} family (key
     * without the prefix mapped to the price text and its origin) on top of {@code pricing.prices}.
     */
    public static MeteringConfig resolve(ConfigReader values) {
        Map<String, ConfigValue> endpointPrices = values.source().family(ENDPOINT_PRICE_PREFIX);
        ConfigValue currencySource = values.value(CURRENCY);
        Currency currency;
        try {
            currency = Currency.getInstance(currencySource.text().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ConfigReader.invalid(currencySource, "an ISO 4217 currency code such as EUR");
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        ConfigValue list = values.value(PRICES);
        for (String entry : list.text().split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw ConfigReader.invalid(
                        list, "a comma-separated list of endpoint=price, e.g. /api/video/analyze=0.05");
            }
            String endpoint = endpoint(entry.substring(0, eq).strip(), list);
            prices.put(endpoint, price(entry.substring(eq + 1).strip(), list));
        }
        endpointPrices.forEach(
                (endpoint, source) -> prices.put(endpoint(endpoint, source), price(source.text(), source)));
        GroupCommitUsageSink.Settings sink = GroupCommitUsageSink.Settings.DEFAULTS
                .withBatchSize((int) values.number(BATCH_SIZE, 1, 10_000))
                .withMaxWait(Duration.ofMillis(values.number(MAX_WAIT_MS, 0, 1_000)))
                .withQueueCapacity((int) values.number(QUEUE_CAPACITY, 1, 1_000_000))
                .withWriters((int) values.number(WRITERS, 1, 8));
        return new MeteringConfig(new PriceList(currency, prices), sink);
    }

    private static String endpoint(String endpoint, ConfigValue source) {
        if (!endpoint.startsWith("/") || endpoint.length() > UsageRecord.MAX_ENDPOINT || endpoint.contains(" ")) {
            throw ConfigReader.invalid(source, "an endpoint path such as /api/video/analyze (got '" + endpoint + "')");
        }
        if (PriceList.isIngest(endpoint)) {
            throw ConfigReader.invalid(
                    source,
                    "an endpoint that is not frame ingest: " + endpoint
                            + " is counted per source and minute, not per call, and is free");
        }
        return endpoint;
    }

    private static Price price(String text, ConfigValue source) {
        Matcher m = PRICE.matcher(text.strip());
        if (!m.matches()) {
            throw ConfigReader.invalid(
                    source,
                    "a price such as 0.05 or 0.05+0.002/s (not negative, at most 6 decimals), got '" + text + "'");
        }
        return new Price(new BigDecimal(m.group(1)), m.group(2) == null ? BigDecimal.ZERO : new BigDecimal(m.group(2)));
    }
}
