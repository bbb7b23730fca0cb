package io.vigint.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/** A {@code multipart/form-data} body (RFC 7578) built in memory: text fields and files. */
final class MultipartForm {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    MultipartForm() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        this.boundary = "vigint-" + HexFormat.of().formatHex(random);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    MultipartForm field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + quote(name) + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(CRLF);
        return this;
    }

    MultipartForm file(String name, String filename, String contentType, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(filename) + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n");
        body.writeBytes(content);
        body.writeBytes(CRLF);
        return this;
    }

    byte[] build() {
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private void head(String headers) {
        body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\r", " ")
                .replace("\n", " ");
    }
}
