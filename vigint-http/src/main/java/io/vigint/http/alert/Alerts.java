package io.vigint.http.alert;

import io.vigint.core.alert.AlertCommand;
import io.vigint.core.alert.SendAlertUseCase;
import io.vigint.core.error.VigintException;
import io.vigint.http.ClientPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * What both alert paths do: the authenticated client's alert, from the request body. A {@code client_id} in
 * the body is never used: the alert is the caller's, whatever it says (the original client sends its own
 * label there, or {@code null}; acting on it could only ever mean acting for another tenant).
 */
final class Alerts {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Alerts() {}

    static AlertView send(SendAlertUseCase alerts, AlertRequest body, ContainerRequestContext request) {
        ClientPrincipal principal = ClientPrincipal.of(request);
        AlertRequest b = body == null ? AlertRequest.EMPTY : body;
        AlertCommand.ClipSource clip;
        byte[] recording = null;
        if (b.videoData() != null && !Boolean.TRUE.equals(b.useServerBuffer())) {
            clip = AlertCommand.ClipSource.RECORDING;
            recording = base64(b.videoData());
        } else if (Boolean.FALSE.equals(b.useServerBuffer())) {
            clip = AlertCommand.ClipSource.NONE;
        } else {
            clip = AlertCommand.ClipSource.SERVER_BUFFER;
        }
        // The original client posts back the frame number it read from the analysis; 0 was its "none".
        Integer frameCount = b.frameCount() != null && b.frameCount() == 0 ? null : b.frameCount();
        AlertCommand command = new AlertCommand(
                principal.client().id(),
                b.sourceId(),
                b.analysis(),
                b.riskLevel(),
                b.incidentType(),
                frameCount,
                clip,
                recording);
        return AlertView.of(alerts.sendAlert(command));
    }

    private static byte[] base64(String videoData) {
        String text = videoData.strip();
        int comma = text.startsWith("data:") ? text.indexOf(',') : -1;
        if (comma >= 0) {
            text = text.substring(comma + 1);
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw VigintException.invalid("video_data", "video_data must be base64");
        }
    }
}
