package io.vigint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The requests the original Vigint client code sends, byte for byte where it matters: {@code api_client.py}'s
 * session ({@code X-API-Key} and {@code Content-Type: application/json} on every request, bodies as {@code
 * json.dumps} writes them: {@code ", "} and {@code ": "}, {@code null} for None) and {@code
 * video_link_service.py}'s multipart upload ({@code Authorization: Bearer}, {@code X-Video-ID}, the form fields
 * before the file, as the requests library orders them).
 */
final class OriginalClientRequests {
    private static final String USER_AGENT = "python-requests/2.31.0";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    OriginalClientRequests(URI base) {
        this.base = base;
    }

    /** A JSON text as Python's {@code json.dumps} writes {@code value} (strings, numbers, null, lists, dicts). */
    static String dumps(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return ServedVigint.JSON.getNodeFactory().textNode(text).toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(dumps(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ", ")
                        .append(dumps(entry.getKey().toString()))
                        .append(": ");
                out.append(dumps(entry.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        throw new IllegalArgumentException("not JSON: " + value);
    }

    /** An ordered dict, as Python keeps insertion order: {@code dict("a", 1, "b", null)}. */
    static Map<String, Object> dict(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** {@code APIClient._make_request(method, path, json=body)}: the session's headers and the JSON body. */
    HttpResponse<byte[]> session(String method, String path, String apiKey, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "*/*")
                .header("Content-Type", "application/json");
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        request.method(
                method,
                json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET with only the given headers (name, value, …), as {@code requests.get(url, headers=…)}. */
    HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("User-Agent", USER_AGENT);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * {@code VideoLinkService.upload_video}: {@code requests.post(upload_endpoint, headers=…, files={"video":
     * (name, file, "video/mp4")}, data={"metadata": json.dumps(metadata), "expiration_hours": hours, "access_type":
     * "private"})}; {@code headers} are added as they are (the original sends {@code Authorization: Bearer <key>}
     * and {@code X-Video-ID}).
     */
    HttpResponse<byte[]> multipartUpload(Map<String, String> fields, String fileName, byte[] video, String... headers)
            throws Exception {
        String boundary = "9b2f6ac2c7b9d1e4a0f1e2d3c4b5a697";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (video != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"video\"; filename=\""
                            + fileName + "\"\r\nContent-Type: video/mp4\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(video);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/v1/videos/upload"))
                .header("User-Agent", USER_AGENT)
                .header("Accept", "*/*")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of {@code body} as {@code contentType} with the given headers (name, value, …). */
    HttpResponse<byte[]> post(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("User-Agent", USER_AGENT)
                .header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The JSON of a 200 answer (the test fails with the body otherwise). */
    static JsonNode ok(HttpResponse<byte[]> response) throws Exception {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(200);
        return ServedVigint.JSON.readTree(text);
    }

    /** The error code of an error envelope with {@code status} (and {@code "status": "error"}). */
    static JsonNode error(HttpResponse<byte[]> response, int status) throws Exception {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(status);
        JsonNode envelope = ServedVigint.JSON.readTree(text);
        assertThat(envelope.get("status").asText()).isEqualTo("error");
        return envelope.get("error");
    }
}
