package io.vigint.http.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.alert.AlertResult;

/**
 * The answer to an alert: {@code {"success","recipient","video_attached","video_link"?,"deduplicated"}};
 * {@code video_link} only when the clip was linked instead of attached.
 */
@JsonPropertyOrder({"success", "recipient", "video_attached", "video_link", "deduplicated"})
public record AlertView(
        boolean success,
        String recipient,
        boolean videoAttached,
        @JsonInclude(JsonInclude.Include.NON_NULL) String videoLink,
        boolean deduplicated) {

    public static AlertView of(AlertResult result) {
        return new AlertView(
                result.success(),
                result.recipient(),
                result.videoAttached(),
                result.videoLink(),
                result.deduplicated());
    }
}
