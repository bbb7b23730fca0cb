package io.vigint.http.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import io.vigint.core.alert.AlertResult;
import java.time.Duration;
import java.util.Locale;

/**
 * The answer to an alert: {@code
 * {"success","recipient","video_attached","video_link"?,"deduplicated","delivery","cooldown_until"?,
 * "cooldown_remaining_seconds"?}}; {@code video_link} only when the clip was linked instead of attached;
 * {@code delivery} is {@code queued} (the email is in the durable mail queue and is sent in the background)
 * or {@code deduplicated} (nothing was queued: the incident's cooldown holds); the cooldown fields are absent
 * only when cooldowns are off ({@code alerts.cooldown=0s}).
 */
@JsonPropertyOrder({
    "success",
    "recipient",
    "video_attached",
    "video_link",
    "deduplicated",
    "delivery",
    "cooldown_until",
    "cooldown_remaining_seconds"
})
public record AlertView(
        boolean success,
        String recipient,
        boolean videoAttached,
        @JsonInclude(JsonInclude.Include.NON_NULL) String videoLink,

        @Schema(
                description = "true: no email was queued, because an alert of the same source and incident type,"
                        + " of the same or a higher risk level, was sent within the cooldown (still a 200)")
        boolean deduplicated,

        @Schema(allowableValues = {"queued", "deduplicated"})
        String delivery,

        @Schema(
                description = "When the cooldown in force ends (the one this alert started, or the one that"
                        + " suppressed it), ISO-8601 UTC; until then alerts of the same source and incident type are"
                        + " deduplicated unless of a higher risk level. Absent when cooldowns are off",
                format = "date-time",
                example = "2026-01-01T00:01:00Z")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String cooldownUntil,

        @Schema(
                description = "Whole seconds (rounded up) from this alert until cooldown_until. Absent when"
                        + " cooldowns are off",
                example = "60")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Long cooldownRemainingSeconds) {

    public static AlertView of(AlertResult result) {
        return new AlertView(
                result.success(),
                result.recipient(),
                result.videoAttached(),
                result.videoLink(),
                result.deduplicated(),
                result.delivery().name().toLowerCase(Locale.ROOT),
                result.cooldownUntil() == null ? null : result.cooldownUntil().toString(),
                result.cooldownRemaining() == null ? null : wholeSecondsUp(result.cooldownRemaining()));
    }

    private static long wholeSecondsUp(Duration duration) {
        return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
    }
}
