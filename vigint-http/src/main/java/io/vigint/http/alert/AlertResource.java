package io.vigint.http.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vigint.core.alert.SendAlertUseCase;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/alert}: emails the calling client about an incident, with a clip (see {@link SendAlertUseCase}). */
@Tag(name = "Alerts", description = "Alerts mailed to the client, and their video clips")
@Path("api/alert")
@Produces(MediaType.APPLICATION_JSON)
public record AlertResource(SendAlertUseCase alerts) {
    @Operation(operationId = "sendAlert", summary = "Send an alert email")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView alert(AlertRequest body, @Context ContainerRequestContext request) {
        return Alerts.send(alerts, body, request);
    }
}
