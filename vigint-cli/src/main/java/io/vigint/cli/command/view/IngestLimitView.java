package io.vigint.cli.command.view;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientSettings;
import io.vigint.http.ratelimit.IngestLimitSettings;
import java.io.PrintStream;

/**
 * A client's frame-ingest limits after a change: its own rates ({@code null}: the server's default), the rates
 * in force, and the burst.
 */
@JsonPropertyOrder({
    "client_id",
    "frames_per_second",
    "bytes_per_second",
    "effective_frames_per_second",
    "effective_bytes_per_second",
    "burst_seconds"
})
public record IngestLimitView(
        long clientId,
        Integer framesPerSecond,
        Long bytesPerSecond,
        int effectiveFramesPerSecond,
        long effectiveBytesPerSecond,
        int burstSeconds)
        implements View {
    public static IngestLimitView of(ClientId clientId, ClientSettings settings, IngestLimitSettings server) {
        Integer frames = settings.ingestFramesPerSecond();
        Long bytes = settings.ingestBytesPerSecond();
        return new IngestLimitView(
                clientId.value(),
                frames,
                bytes,
                frames == null ? server.framesPerSecond() : frames,
                bytes == null ? server.bytesPerSecond() : bytes,
                server.burstSeconds());
    }

    @Override
    public void printText(PrintStream out) {
        out.println("Client " + clientId + " may send " + effectiveFramesPerSecond + " frames per second per source"
                + (framesPerSecond == null ? " (the server's default)" : "") + " and " + effectiveBytesPerSecond
                + " bytes per second of frames" + (bytesPerSecond == null ? " (the server's default)" : "")
                + ", in bursts of up to " + burstSeconds + " seconds' worth.");
    }
}
