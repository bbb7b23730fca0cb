package io.vigint.core.alert;

import io.vigint.core.clip.ClipFormat;
import io.vigint.core.clip.VideoLink;
import io.vigint.core.mail.MailAttachment;
import io.vigint.core.mail.MailMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The text of alert emails (English). */
final class AlertEmail {
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AlertEmail() {}

    /** What the email says about the video. */
    record Video(String line) {
        static Video none() {
            return new Video("Video: none (no frames were buffered for this source).");
        }

        static Video failed(int frames) {
            return new Video("Video: none (the clip of " + frames + " frames could not be made; see the server log).");
        }

        static Video attached(String fileName, ClipFormat format, int frames) {
            String kind = format == ClipFormat.MP4 ? "H.264 in MP4" : "MJPEG in AVI";
            return new Video("Video: attached as " + fileName + " (" + frames + " frames, " + kind + ").");
        }

        static Video linked(VideoLink link, int frames, long bytes) {
            return new Video("Video (" + frames + " frames, " + megabytes(bytes)
                    + " MB, too large to attach): " + link.url() + "\nThe link works until "
                    + time(link.expiresAt()) + ".");
        }
    }

    static String clipFileName(Instant now, ClipFormat format) {
        return "incident-" + FILE_TIME.format(now) + "." + format.extension();
    }

    static MailMessage message(String to, AlertCommand command, Instant now, Video video, MailAttachment attachment) {
        String type = command.incidentType() == null ? "security incident" : command.incidentType();
        String subject = "[Vigint] " + command.riskLevel() + " risk: " + type + " (source " + command.sourceId() + ")";
        String text = "Vigint detected a possible " + type + ".\n\n"
                + "Risk level:    " + command.riskLevel() + "\n"
                + "Incident type: " + (command.incidentType() == null ? "not given" : command.incidentType()) + "\n"
                + "Source:        " + command.sourceId() + "\n"
                + "Time:          " + time(now) + "\n\n"
                + "Analysis:\n" + command.analysis() + "\n\n"
                + video.line() + "\n";
        return new MailMessage(to, subject, text, null, attachment == null ? List.of() : List.of(attachment));
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_000_000.0);
    }
}
