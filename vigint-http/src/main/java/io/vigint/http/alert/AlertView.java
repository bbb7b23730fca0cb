package io.vigint.http.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.alert.AlertResult;
import java.util.Locale;

/**
 * The answer to an alert: {@code
 * {"success","recipient","video_attached","video_link"?,"deduplicated","delivery"}}; {@code video_link}
 * only when the clip was linked instead of attached; {@code delivery} is {@code queued} (the email is in
 * the durable mail queue and is sent in the background) or {@code deduplicated} (nothing was queued).
 */
@JsonPropertyOrder({"success", "recipient", "video_attached", "video_link", "deduplicated", "delivery"})
public record AlertView(
        boolean success,
        String recipient,
        boolean videoAttached,
        @JsonInclude(JsonInclude.Include.NON_NULL) String videoLink,
        boolean deduplicated,
        String delivery) {

    public static AlertView of(AlertResult result) {
        return new AlertView(
                result.success(),
                result.recipient(),
                result.videoAttached(),
                result.videoLink(),
                result.deduplicated(),
                result.delivery().name().toLowerCase(Locale.ROOT));
    }
}
