package io.vigint.core.config;

/**
 * The configuration is unusable: a config file that is missing or names an unknown setting, or a
 * malformed value such as a database URL. The CLI reports it like a usage error (exit status 2).
 */
public final class ConfigurationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
