package io.vigint.http.gate;

import io.vigint.http.auth.AuthenticationFilter;
import java.util.List;
import org.glassfish.jersey.uri.UriComponent;

/**
 * The credentials a request presents, as the raw values of its headers (each {@code null} when absent). Never
 * logged: {@link #toString()} names only which are present.
 *
 * @param apiKey {@code X-API-Key}
 * @param authorization {@code Authorization}
 * @param adminKey {@code X-Admin-Key}
 * @param queryApiKey the {@code api_key} query parameter, decoded ({@link #queryApiKey(String)})
 */
public record PresentedCredentials(String apiKey, String authorization, String adminKey, String queryApiKey) {
    /** No credential at all. */
    public static final PresentedCredentials NONE = new PresentedCredentials(null, null, null, null);

    /**
     * The first {@value AuthenticationFilter#API_KEY_QUERY} parameter of the raw (undecoded) query string {@code
     * rawQuery}, decoded as Jersey decodes query parameters, or {@code null}: cheap when the query does not
     * mention it.
     */
    public static String queryApiKey(String rawQuery) {
        if (rawQuery == null || !rawQuery.contains(AuthenticationFilter.API_KEY_QUERY)) {
            return null;
        }
        List<String> values = UriComponent.decodeQuery(rawQuery, true).get(AuthenticationFilter.API_KEY_QUERY);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return "PresentedCredentials[apiKey=" + (apiKey != null) + ", authorization=" + (authorization != null)
                + ", adminKey=" + (adminKey != null) + ", queryApiKey=" + (queryApiKey != null) + "]";
    }
}
