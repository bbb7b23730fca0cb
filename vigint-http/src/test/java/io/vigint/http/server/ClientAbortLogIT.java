package io.vigint.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.google.inject.AbstractModule;
import io.vigint.http.HttpModule;
import io.vigint.http.HttpSettings;
import io.vigint.http.testing.LogCapture;
import io.vigint.http.testing.TestServer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection mid-request or mid-response costs one WARN line without a stack
 * trace: no ERROR, no SEVERE record from Jersey or Grizzly (java.util.logging, captured here too), no stack
 * trace anywhere.
 */
class ClientAbortLogIT {
    private static final long WAIT_MILLIS = 10_000;

    private final List<LogRecord> julRecords = new CopyOnWriteArrayList<>();
    private final Handler julHandler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            julRecords.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private java.util.logging.Logger julRoot;

    /** A response far larger than the socket buffers, so that writing it fails once the client is gone. */
    @Path("test/large")
    public static final class LargeResource {
        @GET
        @Produces("application/octet-stream")
        public byte[] large() {
            return new byte[16 * 1024 * 1024];
        }
    }

    @BeforeEach
    void captureJul() {
        julRoot = java.util.logging.Logger.getLogger("");
        julRoot.addHandler(julHandler);
    }

    @AfterEach
    void releaseJul() {
        julRoot.removeHandler(julHandler);
    }

    @Test
    void aClientThatGoesAwayMidResponseCostsOneWarnLine() throws Exception {
        try (TestServer server = TestServer.start(HttpSettings.defaults(), new AbstractModule() {
                    @Override
                    protected void configure() {
                        HttpModule.jerseyComponents(binder()).addBinding().toInstance(new LargeResource());
                    }
                });
                LogCapture logs = LogCapture.start()) {
            String key = server.createClient("Acme").apiKey().plainText();
            try (Socket socket = connect(server)) {
                socket.getOutputStream()
                        .write(("GET /test/large HTTP/1.1\r\nHost: vigint\r\nX-API-Key: " + key + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                InputStream in = socket.getInputStream();
                String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(head).isEqualTo("HTTP/1.1 200");
                socket.setSoLinger(true, 0);
            }

            List<ILoggingEvent> warnings = awaitWarnings(logs, "whole response to GET /test/large");

            assertThat(warnings).hasSize(1);
            assertQuiet(logs);
        }
    }

    @Test
    void aClientThatGoesAwayMidRequestBodyCostsOneWarnLine() throws Exception {
        try (TestServer server = TestServer.start();
                LogCapture logs = LogCapture.start()) {
            try (Socket socket = connect(server)) {
                socket.getOutputStream()
                        .write(("POST /auth/token HTTP/1.1\r\nHost: vigint\r\n"
                                        + "Content-Type: application/x-www-form-urlencoded\r\n"
                                        + "Content-Length: 100\r\n\r\nusername=a")
                                .getBytes(StandardCharsets.US_ASCII));
                Thread.sleep(300);
                socket.setSoLinger(true, 0);
            }

            List<ILoggingEvent> warnings = awaitWarnings(logs, "request body was complete: POST /auth/token");

            assertThat(warnings).hasSize(1);
            assertQuiet(logs);
        }
    }

    private static Socket connect(TestServer server) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 2_000);
        socket.setSoTimeout(5_000);
        return socket;
    }

    /** The WARN events mentioning {@code text}, once there is one (and a moment for any that follow). */
    private List<ILoggingEvent> awaitWarnings(LogCapture logs, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline && warnings(logs, text).isEmpty() && !loud(logs)) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        return warnings(logs, text);
    }

    private static List<ILoggingEvent> warnings(LogCapture logs, String text) {
        return logs.events().stream()
                .filter(e ->
                        e.getLevel() == Level.WARN && e.getFormattedMessage().contains(text))
                .toList();
    }

    private boolean loud(LogCapture logs) {
        return logs.events().stream().anyMatch(e -> e.getLevel() == Level.ERROR)
                || julRecords.stream()
                        .anyMatch(r -> r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue());
    }

    private void assertQuiet(LogCapture logs) {
        assertThat(logs.events())
                .as("no ERROR and no stack trace in the server log:%n%s", logs.everything())
                .noneMatch(e -> e.getLevel() == Level.ERROR || e.getThrowableProxy() != null);
        assertThat(julRecords)
                .as("no SEVERE or WARNING record with a stack trace from Jersey or Grizzly")
                .noneMatch(r ->
                        r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() || r.getThrown() != null);
    }
}
