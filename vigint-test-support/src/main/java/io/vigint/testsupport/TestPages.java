package io.vigint.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Small HTML pages for a {@link Browser}, served over HTTP from the loopback interface (the JDK's server on a
 * free port). Served rather than {@code data:} URLs because Chromium's local-network protection does not let
 * an opaque-origin page load media from {@code 127.0.0.1}; a page served from loopback may.
 */
public final class TestPages implements AutoCloseable {
    private final HttpServer server;

    private TestPages(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on a free loopback port. */
    public static TestPages start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/video", TestPages::video);
            server.start();
            return new TestPages(server);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test page server", e);
        }
    }

    /**
     * The address of a page whose only content is {@code <video id="video" src="src" muted preload="auto"
     * playsinline>}: what a mail reader or a phone does with a clip link, with no controls or script of its
     * own.
     */
    public String video(String src) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/video?src="
                + URLEncoder.encode(src, StandardCharsets.UTF_8);
    }

    /** The HTML of {@link #video(String)}'s page. */
    public static String videoHtml(String src) {
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>video</title></head><body>"
                + "<video id=\"video\" src=\"" + attribute(src) + "\" muted preload=\"auto\" playsinline></video>"
                + "</body></html>";
    }

    private static void video(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !query.startsWith("src=")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String src = URLDecoder.decode(query.substring("src=".length()), StandardCharsets.UTF_8);
        byte[] body = videoHtml(src).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
