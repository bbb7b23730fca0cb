/**
 * The HTTP adapter: Jersey on Grizzly over the core's use cases. {@link io.vigint.http.HttpModule} is its
 * one Guice module and {@link io.vigint.http.server.VigintServer} the server; {@link
 * io.vigint.http.ErrorStatus} maps error categories to statuses in one place and {@link
 * io.vigint.http.ErrorEnvelope} is the one error shape.
 */
package io.vigint.http;
