package io.vigint.http.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.vigint.core.client.ClientWithKeys;
import io.vigint.core.client.CreatedClient;
import io.vigint.core.key.ApiKey;
import io.vigint.core.key.EffectiveStatus;
import java.time.Instant;
import java.util.List;

/**
 * The answers of {@code /admin/clients}, the original Vigint's operator routes: the fields its
 * {@code api_proxy.py} answered (and its scripts read), next to ours. Times are ours (ISO-8601 UTC with
 * {@code Z}), ids are ours.
 */
public final class LegacyAdminViews {
    private LegacyAdminViews() {}

    /** {@code GET /admin/clients}: {@code clients} and {@code count}, as the original. */
    @JsonPropertyOrder({"clients", "count", "status"})
    public record ClientList(List<ListedClient> clients, int count, String status) {
        public static ClientList of(List<ClientWithKeys> clients, Instant now) {
            return new ClientList(
                    clients.stream().map(c -> ListedClient.of(c, now)).toList(), clients.size(), "success");
        }
    }

    /** A client as listed: ours (with {@code keys}) and the original's {@code api_keys}. */
    @JsonPropertyOrder({"client", "keys", "api_keys"})
    public record ListedClient(@JsonUnwrapped ClientFields client, List<KeyView> keys, List<OriginalKey> apiKeys) {
        static ListedClient of(ClientWithKeys withKeys, Instant now) {
            return new ListedClient(
                    ClientFields.of(withKeys.client()),
                    withKeys.keys().stream().map(k -> KeyView.of(k, now)).toList(),
                    withKeys.keys().stream().map(k -> OriginalKey.of(k, now)).toList());
        }
    }

    /** A key as the original listed it: {@code is_active} is true when the key authenticates now. */
    @JsonPropertyOrder({"id", "is_active", "name", "created_at"})
    public record OriginalKey(long id, boolean isActive, String name, Instant createdAt) {
        static OriginalKey of(ApiKey key, Instant now) {
            return new OriginalKey(
                    key.id().value(),
                    key.effectiveStatusAt(now) == EffectiveStatus.ACTIVE,
                    key.name(),
                    key.createdAt());
        }
    }

    /** {@code POST /admin/clients} (201): the original's fields, then ours; the key is shown this once. */
    @JsonPropertyOrder({"success", "client_id", "name", "email", "api_key", "warning", "client"})
    public record Created(
            boolean success,
            long clientId,
            String name,
            String email,
            String apiKey,
            String warning,
            @JsonUnwrapped CreatedClientView client)
            implements CarriesSecret {
        /** The original's words. */
        public static final String WARNING = "Save this API key! It cannot be retrieved later.";

        public static Created of(CreatedClient created) {
            return new Created(
                    true,
                    created.client().id().value(),
                    created.client().name(),
                    created.client().email(),
                    created.apiKey().plainText(),
                    WARNING,
                    CreatedClientView.of(created));
        }

        @Override
        public String toString() {
            return "Created[clientId=" + clientId + "]";
        }
    }

    /**
     * {@code POST /admin/clients/{id}/revoke} and {@code …/reactivate}: the original's fields ({@code success}
     * only when some key changed, as there), and the client as ours shows it.
     *
     * @param revokedCount keys that stopped working ({@code null} on reactivation)
     * @param reactivatedCount keys that work again ({@code null} on revocation)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "success",
        "client_id",
        "client_name",
        "revoked_count",
        "reactivated_count",
        "message",
        "client",
        "status"
    })
    public record AccessChanged(
            Boolean success,
            Long clientId,
            String clientName,
            Integer revokedCount,
            Integer reactivatedCount,
            String message,
            AdminClientView client,
            String status) {
        public static AccessChanged revoked(ClientWithKeys after, int count, Instant now) {
            String name = after.client().name();
            return new AccessChanged(
                    count > 0 ? Boolean.TRUE : null,
                    count > 0 ? after.client().id().value() : null,
                    count > 0 ? name : null,
                    count,
                    null,
                    count > 0
                            ? "Revoked " + count + " API key(s) for " + name
                            : "Client " + name + " has no active API keys",
                    AdminClientView.of(after, now),
                    "success");
        }

        public static AccessChanged reactivated(ClientWithKeys after, int count, Instant now) {
            String name = after.client().name();
            return new AccessChanged(
                    count > 0 ? Boolean.TRUE : null,
                    count > 0 ? after.client().id().value() : null,
                    count > 0 ? name : null,
                    null,
                    count,
                    count > 0
                            ? "Reactivated " + count + " API key(s) for " + name
                            : "Client " + name + " has no revoked API keys",
                    AdminClientView.of(after, now),
                    "success");
        }
    }
}
