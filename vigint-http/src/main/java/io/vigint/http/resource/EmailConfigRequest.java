package io.vigint.http.resource;

import java.util.Map;

/**
 * The body of {@code POST} and {@code PUT /api/v1/clients/email-config}: {@code {"provider": "smtp",
 * "config": {"host": …, "password": …, "from_email": …}}}. The config's fields are checked by the core,
 * which names the offending one.
 */
public record EmailConfigRequest(String provider, Map<String, Object> config) {
    @Override
    public String toString() {
        return "EmailConfigRequest[provider=" + provider + ", config hidden]";
    }
}
