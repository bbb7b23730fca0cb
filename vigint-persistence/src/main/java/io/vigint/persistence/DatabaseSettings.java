package io.vigint.persistence;

import io.vigint.core.error.VigintException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the database is and how to log in. Only PostgreSQL ({@code jdbc:postgresql://…}) and H2
 * ({@code jdbc:h2:…}) URLs are accepted. {@link #toString()} and {@link #safeUrl()} never show a
 * password.
 *
 * @param url the JDBC URL
 * @param user the user name, or {@code null} to use the URL's (or the driver's default)
 * @param password the password, or {@code null}
 */
public record DatabaseSettings(String url, String user, String password) {
    /** The accepted URL forms, for messages. */
    static final String ACCEPTED_FORMS = "jdbc:postgresql://host:port/database or jdbc:h2:file:/path/to/database";

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";
    private static final String H2_PREFIX = "jdbc:h2:";
    private static final String MASK = "****";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/?#@:]*:)[^/?#@]*@");

    /** Checks the URL form; see {@link #of}. */
    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw VigintException.invalid("database-url", "A database URL is required: use " + ACCEPTED_FORMS);
        }
        url = url.strip();
        if (!url.startsWith(POSTGRESQL_PREFIX) && !url.startsWith(H2_PREFIX)) {
            throw VigintException.invalid(
                    "database-url", "Unsupported database URL '" + oneLine(mask(url)) + "': use " + ACCEPTED_FORMS);
        }
    }

    /**
     * The embedded default: an H2 file database {@code <dataDir>/vigint} in PostgreSQL mode, opened
     * with {@code AUTO_SERVER=TRUE} so that a second process (the CLI) can use it while a server holds
     * it open. (H2 refuses {@code DB_CLOSE_ON_EXIT=FALSE} together with auto-server mode, so a server
     * stops on SIGTERM before the JVM's shutdown hooks run; see the CLI's {@code serve}.)
     */
    public static DatabaseSettings embedded(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("vigint");
        String url = H2_PREFIX + "file:" + file.toString().replace('\\', '/')
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        return new DatabaseSettings(url, null, null);
    }

    /**
     * Settings for a URL given by an operator.
     *
     * @throws VigintException {@code VALIDATION_FAILED} (field {@code database-url}) unless the URL
     *     starts with {@code jdbc:postgresql://} or {@code jdbc:h2:}
     */
    public static DatabaseSettings of(String url, String user, String password) {
        return new DatabaseSettings(url, user, password);
    }

    /** The URL with any password in it replaced by {@code ****}: safe to log and show. */
    public String safeUrl() {
        return mask(url);
    }

    /** True for an H2 URL (embedded or remote), false for PostgreSQL. */
    public boolean isH2() {
        return url.startsWith(H2_PREFIX);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + ", password="
                + (password == null ? "null" : MASK) + "]";
    }

    private static String mask(String url) {
        String masked = PASSWORD_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1" + MASK + "@");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
