/**
 * Metering over HTTP: {@link io.vigint.http.metering.MeteringFilter} records every metered call durably
 * before its response is written, and the usage endpoints ({@code GET /api/usage}, {@code GET
 * /api/v1/usage}) show a client its own usage. {@link io.vigint.http.metering.MeteringHttpModule} adds them
 * to the server.
 */
package io.vigint.http.metering;
