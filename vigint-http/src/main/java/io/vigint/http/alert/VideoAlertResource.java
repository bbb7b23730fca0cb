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

/**
 * {@code POST /api/video/alert}: the same as {@code POST /api/alert} (both paths exist in the seed's
 * clients). A root resource of its own, so it wins over any resource at {@code api/video}.
 */
@Tag(name = "Alerts")
@Path("api/video/alert")
@Produces(MediaType.APPLICATION_JSON)
public record VideoAlertResource(SendAlertUseCase alerts) {
    @Operation(operationId = "sendVideoAlert", summary = "Send an alert email with a clip of the buffered frames")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView alert(AlertRequest body, @Context ContainerRequestContext request) {
        return Alerts.send(alerts, body, request);
    }
}
