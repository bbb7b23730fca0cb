package io.vigint.http.gate;

import io.vigint.core.usage.PriceList;
import io.vigint.core.usage.UsageRecord;
import io.vigint.http.MatchedTemplate;
import io.vigint.http.auth.AccessRule;
import java.util.Objects;

/**
 * What the server decides from the route a request was matched to, computed once per route rather than per
 * request: its path template ({@link MatchedTemplate}: {@code /api/v1/keys/{id}}), its {@link AccessRule}, and
 * whether and how it is metered ({@link PriceList#isMetered}, {@link PriceList#isIngest}, the endpoint recorded).
 * The Jersey filters get it from {@link JerseyRoutes} (cached per matched resource method); a handler in front of
 * Jersey makes its own once, e.g. {@code GateRoute.of("/api/video/buffer")}.
 *
 * @param template the matched template, with a leading slash and no trailing slash ({@code /} for the root)
 * @param rule the access rule of any method but {@code POST}
 * @param postRule the access rule of {@code POST}
 * @param metered whether a call by a client is recorded ({@link PriceList#isMetered})
 * @param ingest whether it is frame ingest, counted per minute instead of call by call ({@link PriceList#isIngest})
 * @param endpoint the endpoint of its usage records (the template, cut to {@link UsageRecord#MAX_ENDPOINT})
 */
public record GateRoute(
        String template, AccessRule rule, AccessRule postRule, boolean metered, boolean ingest, String endpoint) {
    public GateRoute {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(postRule, "postRule");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The route of the matched template {@code template} ({@link MatchedTemplate}'s spelling). */
    public static GateRoute of(String template) {
        return new GateRoute(
                template,
                AccessRule.of("GET", template),
                AccessRule.of("POST", template),
                PriceList.isMetered(template),
                PriceList.isIngest(template),
                template.length() <= UsageRecord.MAX_ENDPOINT
                        ? template
                        : template.substring(0, UsageRecord.MAX_ENDPOINT));
    }

    /** The access rule of a request with HTTP method {@code method}. */
    public AccessRule ruleFor(String method) {
        return "POST".equalsIgnoreCase(method) ? postRule : rule;
    }
}
