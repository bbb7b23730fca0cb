package io.vigint.core.config;

/**
 * A setting's text and where it came from, for error messages.
 *
 * @param text the value as written
 * @param origin e.g. {@code VIGINT_PORT}, {@code server.port in /etc/vigint.conf}, {@code the default of server.port}
 */
public record ConfigValue(String text, String origin) {}
