package io.vigint.http.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;

/**
 * The responses, request bodies and parameters the resources name by reference ({@code @ApiResponse(ref =
 * "CreatedClient")}), each written once with its example, and the error envelope every operation answers
 * with ({@value #CLIENT_ERROR}, {@value #SERVER_ERROR}).
 */
final class SharedComponents {
    static final String ERROR_SCHEMA = "Error";
    static final String CLIENT_ERROR = "ClientError";
    static final String SERVER_ERROR = "ServerError";
    private static final String JSON = "application/json";
    private static final String CREATED_CLIENT =
            "{\"data\":{\"id\":7,\"name\":\"acme\",\"email\":\"ops@acme.test\",\"api_key\":\"vgt_…\","
                    + "\"is_active\":true,\"created_at\":\"2026-01-01T00:00:00Z\"},\"status\":\"success\"}";
    private static final String KEY = "{\"id\":12,\"name\":\"ci\",\"prefix\":\"vgt_ab12\",\"status\":\"active\"}";

    private SharedComponents() {}

    /** Adds the shared components to {@code components}. */
    static Components addTo(Components components) {
        return components
                .addSchemas(ERROR_SCHEMA, errorSchema())
                .addResponses(
                        CLIENT_ERROR,
                        errors(
                                "The request was refused (the code says why)",
                                Map.of("INVALID_API_KEY", "Invalid API key", "VALIDATION_FAILED", "name is required")))
                .addResponses(
                        SERVER_ERROR,
                        errors(
                                "The server or a dependency failed; retrying later may work",
                                Map.of(
                                        "STORAGE_UNAVAILABLE",
                                        "The database cannot be reached",
                                        "INTERNAL_ERROR",
                                        "An internal error occurred")))
                .addResponses(
                        "CreatedClient",
                        json(
                                "The client and its API key (shown this once)",
                                "EnvelopeCreatedClientView",
                                CREATED_CLIENT))
                .addResponses(
                        "IssuedKey",
                        json(
                                "The key (shown this once)",
                                "EnvelopeIssuedKeyView",
                                "{\"data\":{\"api_key\":\"vgt_…\",\"key\":" + KEY + "},\"status\":\"success\"}"))
                .addResponses(
                        "RotatedKey",
                        json(
                                "The new key (shown this once); the old one works until previous_key_expires_at",
                                "EnvelopeRotatedKeyView",
                                "{\"data\":{\"api_key\":\"vgt_…\",\"key\":" + KEY
                                        + ",\"previous_key_expires_at\":\"2026-01-01T00:10:00Z\"},"
                                        + "\"message\":\"API key regenerated successfully\",\"status\":\"success\"}"))
                .addResponses(
                        "EmailConfigSaved",
                        json(
                                "The configuration (201 when it is new, 200 when it replaced one)",
                                "EnvelopeEmailConfigView",
                                "{\"data\":{\"provider\":\"smtp\",\"created_at\":\"2026-01-01T00:00:00Z\"},"
                                        + "\"message\":\"Email configuration saved successfully\",\"status\":\"success\"}"))
                .addResponses(
                        "EmailConfirmed",
                        json(
                                "The address is confirmed",
                                "EnvelopeEmailConfirmation",
                                "{\"data\":{\"email\":\"new@acme.test\",\"email_confirmation\":\"confirmed\"},"
                                        + "\"message\":\"Email address confirmed\",\"status\":\"success\"}"))
                .addResponses(
                        "AccessToken",
                        json(
                                "The access token",
                                "TokenView",
                                "{\"access_token\":\"eyJ…\",\"token_type\":\"Bearer\",\"expires_in\":3600}"))
                .addResponses(
                        "Invoice",
                        new ApiResponse()
                                .description("The invoice, as JSON, PDF (Factur-X unless billing.pdf_format=plain),"
                                        + " CSV, HTML, or UBL 2.1 in Peppol BIS Billing 3.0 (by Accept)")
                                .content(new Content()
                                        .addMediaType(JSON, invoiceJson())
                                        .addMediaType("application/pdf", new MediaType().schema(new BinarySchema()))
                                        .addMediaType("text/csv", new MediaType().schema(new StringSchema()))
                                        .addMediaType("text/html", new MediaType().schema(new StringSchema()))
                                        .addMediaType(
                                                "application/vnd.oasis.ubl+xml",
                                                new MediaType().schema(new StringSchema()))
                                        .addMediaType("application/xml", new MediaType().schema(new StringSchema()))))
                .addResponses(
                        "Metrics",
                        new ApiResponse()
                                .description("The metrics (Prometheus text format)")
                                .content(content(
                                        "text/plain; version=0.0.4; charset=utf-8",
                                        new StringSchema(),
                                        "vigint_auth_failures_total{reason=\"INVALID_API_KEY\"} 1.0")))
                .addResponses(
                        "VideoClip",
                        new ApiResponse()
                                .description("The whole clip: H.264 in MP4, or MJPEG in AVI where clips are set to AVI")
                                .content(clip()))
                .addResponses(
                        "VideoClipPart",
                        new ApiResponse()
                                .description("The asked byte range of the clip; Content-Range says which")
                                .content(clip()))
                .addResponses(
                        "RangeNotSatisfiable",
                        errors(
                                "The asked byte range is not within the clip; Content-Range: bytes */length gives"
                                        + " its length",
                                Map.of("RANGE_NOT_SATISFIABLE", "The requested byte range is not within the video")))
                .addResponses("VideoClipHeaders", new ApiResponse().description("The clip exists; its headers"))
                .addResponses(
                        "OpenApiDocument",
                        json(
                                "This document",
                                null,
                                "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Vigint API\",\"version\":\"0.1.0\"},\"paths\":{}}"))
                .addRequestBodies("Frame", frameBody())
                .addParameters(
                        "SourceId", query("source_id", "The source (raw bodies only; a JSON body carries source_id)"))
                .addParameters("FrameCount", query("frame_count", "The frame counter (raw bodies only)"));
    }

    private static Content clip() {
        return new Content()
                .addMediaType("video/mp4", new MediaType().schema(new BinarySchema()))
                .addMediaType("video/x-msvideo", new MediaType().schema(new BinarySchema()));
    }

    private static MediaType invoiceJson() {
        return new MediaType()
                .schema(new Schema<>().$ref("EnvelopeInvoiceView"))
                .example(parse(
                        "{\"data\":{\"number\":\"VIG-2026-0001\",\"status\":\"issued\"},\"status\":\"success\"}"));
    }

    private static RequestBody frameBody() {
        Content content = content(
                JSON,
                new Schema<>().$ref("BufferRequest"),
                "{\"frame_data\":\"/9j/4AAQ…\",\"source_id\":\"front-door\"}");
        for (String type : List.of("image/jpeg", "image/png", "application/octet-stream")) {
            content.addMediaType(type, new MediaType().schema(new BinarySchema()));
        }
        return new RequestBody()
                .required(true)
                .description("One frame: JSON with base64 frame_data, or the raw JPEG or PNG bytes")
                .content(content);
    }

    private static Parameter query(String name, String description) {
        return new Parameter().in("query").name(name).description(description).schema(new StringSchema());
    }

    private static ApiResponse json(String description, String schema, String example) {
        Schema<?> body = schema == null ? new ObjectSchema() : new Schema<>().$ref(schema);
        return new ApiResponse().description(description).content(content(JSON, body, example));
    }

    private static Content content(String type, Schema<?> schema, String example) {
        MediaType media = new MediaType().schema(schema);
        if (example != null) {
            media.example(type.equals(JSON) ? parse(example) : example);
        }
        return new Content().addMediaType(type, media);
    }

    private static ApiResponse errors(String description, Map<String, String> messages) {
        MediaType json = new MediaType().schema(new Schema<>().$ref(ERROR_SCHEMA));
        new java.util.TreeMap<>(messages)
                .forEach((code, message) -> json.addExamples(
                        code,
                        new Example()
                                .summary(message)
                                .value(Map.of(
                                        "error",
                                        Map.of("code", code, "message", message, "details", Map.of()),
                                        "status",
                                        "error"))));
        return new ApiResponse().description(description).content(new Content().addMediaType(JSON, json));
    }

    @SuppressWarnings("rawtypes")
    private static Schema errorSchema() {
        Schema<?> error = new ObjectSchema()
                .addProperty("code", new StringSchema().description("A stable code programs match on"))
                .addProperty("message", new StringSchema().description("A message for people"))
                .addProperty("details", new ObjectSchema().description("Caller-safe details (e.g. the field)"))
                .required(List.of("code", "message", "details"));
        return new ObjectSchema()
                .description("The one error shape of the API")
                .addProperty("error", error)
                .addProperty("status", new StringSchema()._enum(List.of("error")))
                .required(List.of("error", "status"));
    }

    private static Object parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("example is not JSON: " + json, e);
        }
    }
}
