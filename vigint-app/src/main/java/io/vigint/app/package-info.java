/**
 * The one composition root: the config source, one Guice module per adapter, the core's wiring
 * ({@link io.vigint.app.CoreModule}), and the server booted without a command line.
 */
package io.vigint.app;
