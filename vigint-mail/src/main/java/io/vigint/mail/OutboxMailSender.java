package io.vigint.mail;

import io.vigint.core.mail.MailMessage;
import io.vigint.core.mail.MailSender;
import io.vigint.files.OwnerOnlyFiles;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each message as a complete MIME file ({@code .eml}, attachments included) into a folder, the
 * default when no provider is configured: any mail client opens the files. Names sort by time of
 * sending and are unique: {@code 20261127T101500.123Z-000001-3f9a1c2e.eml} (UTC time, a per-process
 * sequence and random hex, so several processes can share the folder). A file appears whole: it is
 * written under a temporary name and then moved.
 */
public final class OutboxMailSender implements MailSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxMailSender.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final MailFrom from;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    public OutboxMailSender(Path directory, MailFrom from, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.from = Objects.requireNonNull(from, "from");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder the messages go to. */
    public Path directory() {
        return directory;
    }

    @Override
    public void send(MailMessage message) {
        Instant now = clock.instant();
        try {
            byte[] bytes = MimeMessages.bytes(from, message, now);
            OwnerOnlyFiles.createDirectories(directory);
            String name = STAMP.format(now) + "-" + String.format("%06d", sequence.incrementAndGet() % 1_000_000) + "-"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".eml";
            Path temporary = Files.createTempFile(directory, ".outbox-", ".tmp");
            try {
                OwnerOnlyFiles.write(temporary, bytes);
                Path target = directory.resolve(name);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target);
                }
                LOG.info("Mail to the outbox: {}", target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            throw MailFailures.failed("outbox", e);
        }
    }

    @Override
    public String toString() {
        return "OutboxMailSender[" + directory + "]";
    }
}
