package io.vigint.core.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which incidents were alerted recently, in this process, so the same incident is alerted
 * once per window. Two alerts are the same incident when they have the same client, source, risk level,
 * incident type and analysis text, where the text comparisons ignore case, accents' composed/decomposed
 * forms, punctuation and spacing (see {@link #key}). The window counts from the alert that was sent; the
 * duplicates within it do not extend it. Only a hash of each incident is kept, and only for the window.
 * Thread-safe: of two identical alerts arriving together, exactly one may send.
 */
public final class IncidentDeduplicator {
    private static final class Reservation {
        final Instant at;

        Reservation(Instant at) {
            this.at = at;
        }
    }

    private final Duration window;
    private final Map<String, Reservation> recent = new ConcurrentHashMap<>();

    /** A deduplicator over {@code window}; a zero window deduplicates nothing. */
    public IncidentDeduplicator(Duration window) {
        this.window = Objects.requireNonNull(window, "window");
    }

    /**
     * Reserves the incident of {@code command} at {@code now}: returns a reservation to send under, or
     * {@code null} if the same incident was reserved less than the window ago (a duplicate).
     */
    public Object tryReserve(AlertCommand command, Instant now) {
        if (window.isZero()) {
            return new Reservation(now);
        }
        recent.values().removeIf(old -> !now.isBefore(old.at.plus(window)));
        Reservation mine = new Reservation(now);
        Reservation held = recent.merge(
                key(command), mine, (existing, fresh) -> now.isBefore(existing.at.plus(window)) ? existing : fresh);
        return held == mine ? mine : null;
    }

    /** Forgets a reservation whose alert could not be sent, so the next identical alert is sent. */
    public void release(AlertCommand command, Object reservation) {
        if (reservation instanceof Reservation r) {
            recent.remove(key(command), r);
        }
    }

    /** How many incidents are remembered now (for tests and metrics). */
    public int size() {
        return recent.size();
    }

    /**
     * The identity of an incident: SHA-256 over the client, source, risk level, normalised incident type
     * and normalised analysis.
     */
    static String key(AlertCommand command) {
        String identity = command.clientId().value()
                + "\n" + command.sourceId()
                + "\n" + command.riskLevel()
                + "\n" + normalise(command.incidentType())
                + "\n" + normalise(command.analysis());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Text compared by its words: Unicode NFKC, lower case ({@link Locale#ROOT}), every run of characters
     * that are not letters or digits turned into one space, trimmed; {@code null} is empty.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
