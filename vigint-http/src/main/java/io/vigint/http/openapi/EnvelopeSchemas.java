package io.vigint.http.openapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.vigint.http.json.CreatedClientView;
import io.vigint.http.json.EmailConfigView;
import io.vigint.http.json.IssuedKeyView;
import io.vigint.http.json.RotatedKeyView;
import io.vigint.http.json.TokenView;
import java.util.List;
import java.util.Map;

/**
 * The success envelopes ({@link io.vigint.http.json.Envelope}) of the methods that return a
 * {@code Response} (for its status or headers), whose body type the OpenAPI reader cannot see. Named as
 * the reader names the envelopes it does see ({@code EnvelopeClientView}); documentation only.
 */
public final class EnvelopeSchemas {
    private EnvelopeSchemas() {}

    /** The body types to add to the components: these envelopes, and the bare {@link TokenView}. */
    static List<Class<?>> types() {
        return List.of(
                CreatedClient.class,
                IssuedKey.class,
                RotatedKey.class,
                EmailConfig.class,
                EmailConfirmation.class,
                TokenView.class);
    }

    @Schema(name = "EnvelopeCreatedClientView")
    public record CreatedClient(CreatedClientView data, String message, String status) {}

    @Schema(name = "EnvelopeIssuedKeyView")
    public record IssuedKey(IssuedKeyView data, String message, String status) {}

    @Schema(name = "EnvelopeRotatedKeyView")
    public record RotatedKey(RotatedKeyView data, String message, String status) {}

    @Schema(name = "EnvelopeEmailConfigView")
    public record EmailConfig(EmailConfigView data, String message, String status) {}

    @Schema(name = "EnvelopeEmailConfirmation")
    public record EmailConfirmation(Map<String, String> data, String message, String status) {}
}
