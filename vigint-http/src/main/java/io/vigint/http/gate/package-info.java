/**
 * The per-request steps every request of the API goes through, as plain classes that take what they need
 * (header values, the peer's address, the matched route) so that the Jersey filters and a handler in front
 * of Jersey (a Grizzly {@code HttpHandler} for frame ingest) apply the same rules: {@link
 * io.vigint.http.gate.GateRoute} (a route's access rule and metering, computed once per route), {@link
 * io.vigint.http.gate.Authentication} (credentials, operator/client, the failed-attempt throttle), {@link
 * io.vigint.http.gate.CallLimits} and {@link io.vigint.http.ratelimit.IngestGate} (rate limits and their
 * headers), {@link io.vigint.http.gate.Metering} (the usage record of a call, the count of an ingest), {@link
 * io.vigint.http.gate.RequestIds} and {@link io.vigint.http.gate.ErrorAnswer} (the one error envelope).
 */
package io.vigint.http.gate;
