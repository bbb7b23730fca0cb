package io.vigint.qonto;

import io.vigint.core.util.Checks;
import java.net.URI;
import java.time.Duration;

/**
 * How to reach the seller's Qonto organization. {@link #toString()} never shows the secret key.
 *
 * @param baseUrl where the API is (default {@value QontoConfig#DEFAULT_BASE_URL}); tests point it at a
 *     local server
 * @param organizationSlug the organization's login ("sign-in") shown beside its API key
 * @param secretKey the API secret key (from the environment or the config file, never a flag)
 * @param iban the Qonto account that receives payment, printed on the invoices ({@code payment_methods.iban})
 * @param locale the language of clients Vigint creates in Qonto ({@code fr}, {@code en}, {@code it}, {@code
 *     de} or {@code es})
 * @param timeout how long one HTTP call may take, connecting included
 */
public record QontoSettings(
        URI baseUrl, String organizationSlug, String secretKey, String iban, String locale, Duration timeout) {
    public QontoSettings {
        Checks.nonNull(
                "baseUrl organizationSlug secretKey iban locale timeout",
                baseUrl,
                organizationSlug,
                secretKey,
                iban,
                locale,
                timeout);
        if (!"http".equals(baseUrl.getScheme()) && !"https".equals(baseUrl.getScheme()) || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the Qonto base URL must be an http or https URL");
        }
        if (organizationSlug.isBlank() || secretKey.isBlank()) {
            throw new IllegalArgumentException("the Qonto organization slug and secret key are required");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the Qonto timeout must be positive");
        }
    }

    /** The {@code Authorization} header value of Qonto's API-key scheme: {@code slug:secret}, as is. */
    String authorization() {
        return organizationSlug + ":" + secretKey;
    }

    /** Everything but the secret key. */
    @Override
    public String toString() {
        return "QontoSettings[baseUrl=" + baseUrl + ", organizationSlug=" + organizationSlug + ", secretKey=***, iban="
                + iban + ", locale=" + locale + ", timeout=" + timeout + "]";
    }
}
