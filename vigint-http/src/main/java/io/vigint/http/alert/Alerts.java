package io.vigint.http.alert;

import io.vigint.core.alert.AlertCommand;
import io.vigint.core.alert.SendAlertUseCase;
import io.vigint.http.ClientPrincipal;
import jakarta.ws.rs.container.ContainerRequestContext;

/** What both alert paths do: the authenticated client's alert, from the request body. */
final class Alerts {
    private Alerts() {}

    static AlertView send(SendAlertUseCase alerts, AlertRequest body, ContainerRequestContext request) {
        ClientPrincipal principal = ClientPrincipal.of(request);
        AlertRequest b = body == null ? new AlertRequest(null, null, null, null, null) : body;
        AlertCommand command = new AlertCommand(
                principal.client().id(), b.sourceId(), b.analysis(), b.riskLevel(), b.incidentType(), b.frameCount());
        return AlertView.of(alerts.sendAlert(command));
    }
}
