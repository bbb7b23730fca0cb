package io.vigint.legacy;

import io.vigint.core.error.CoreErrorCode;
import io.vigint.core.error.VigintException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where an original database is, from what an operator types: a SQLite file path ({@code vigint.db}),
 * {@code jdbc:sqlite:<path>}, the original's own {@code DATABASE_URL} forms ({@code sqlite:///vigint.db},
 * {@code sqlite:////abs/vigint.db}, {@code postgresql://user:password@host:5432/db}, {@code postgres://…},
 * {@code postgresql+psycopg2://…}), or {@code jdbc:postgresql://…}. A password is passed to the driver as a
 * property and never appears in {@link #description()}.
 *
 * @param sqliteFile the SQLite file, or {@code null} for PostgreSQL
 * @param jdbcUrl what the driver is given (for PostgreSQL without user and password)
 * @param properties driver properties (user, password, timeouts)
 * @param description for people and logs: the file or the URL without credentials
 */
record LegacyLocation(Path sqliteFile, String jdbcUrl, Properties properties, String description) {
    private static final String TIMEOUT_SECONDS = "10";

    /** Parses {@code location}; relative SQLite paths are resolved against the current directory. */
    static LegacyLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw VigintException.invalid("from", "Give the original's database: a SQLite file or a database URL");
        }
        String text = location.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return sqlite(text.substring("jdbc:sqlite:".length()));
        }
        if (lower.startsWith("sqlite:///")) {
            return sqlite(text.substring("sqlite:///".length()));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres(text, new Properties());
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://") || lower.startsWith("postgresql+")) {
            return fromPostgresUri(text);
        }
        if (lower.contains("://") || lower.startsWith("jdbc:")) {
            throw VigintException.invalid(
                    "from",
                    "Not a database the original used: give a SQLite file, sqlite:///path, postgresql://… or"
                            + " jdbc:postgresql://…");
        }
        return sqlite(text);
    }

    private static LegacyLocation sqlite(String path) {
        String plain = path.startsWith("file:") ? path.substring("file:".length()) : path;
        int query = plain.indexOf('?');
        Path file = Path.of(query < 0 ? plain : plain.substring(0, query))
                .toAbsolutePath()
                .normalize();
        return new LegacyLocation(file, "jdbc:sqlite:" + file, new Properties(), "sqlite:" + file);
    }

    private static LegacyLocation postgres(String jdbcUrl, Properties properties) {
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        properties.setProperty("readOnly", "true");
        return new LegacyLocation(null, jdbcUrl, properties, withoutSecrets(jdbcUrl));
    }

    /** {@code postgresql://user:password@host:port/db?sslmode=require} as a JDBC URL and properties. */
    private static LegacyLocation fromPostgresUri(String text) {
        URI uri;
        try {
            uri = new URI(text.replaceFirst("^[^:]+://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw VigintException.invalid("from", "Not a valid database URL: " + e.getReason());
        }
        if (uri.getHost() == null) {
            throw VigintException.invalid("from", "The database URL names no host");
        }
        Properties properties = new Properties();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            properties.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                properties.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return postgres("jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query, properties);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URL without a password or user in its query ({@code ?password=…}). */
    private static String withoutSecrets(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)([?&](password|user)=)[^&]*", "$1***");
    }

    /** Whether this is the SQLite file of the original's default configuration. */
    boolean isSqlite() {
        return sqliteFile != null;
    }

    /** The location refused as unavailable, naming it and why. */
    VigintException unavailable(String why) {
        return new VigintException(
                CoreErrorCode.LEGACY_SOURCE_UNAVAILABLE,
                "Cannot open the original Vigint database " + description + ": " + why,
                Map.of("from", description));
    }

    @Override
    public String toString() {
        return "LegacyLocation[" + description + "]";
    }
}
