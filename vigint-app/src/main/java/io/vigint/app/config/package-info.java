/**
 * The config source: each setting from a command-line flag, a {@code VIGINT_…} environment variable, the
 * config file or its default, in that order.
 */
package io.vigint.app.config;
