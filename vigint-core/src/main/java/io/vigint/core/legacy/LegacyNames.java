package io.vigint.core.legacy;

import io.vigint.core.client.Client;
import io.vigint.core.client.CreateClientCommand;
import io.vigint.core.error.VigintException;
import io.vigint.core.util.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names and emails for imported clients, unique ignoring case (in {@link Locale#ROOT}) as here, where the
 * original required neither (names) or only case-sensitively (emails). The first original client to
 * claim a name or email keeps it; later ones get {@code " (legacy <original id>)"} after the name and
 * {@code "+legacy<original id>"} before the {@code @} of the email, each change reported.
 */
final class LegacyNames {
    private final Set<String> names = new HashSet<>();
    private final Set<String> emails = new HashSet<>();

    /** Starts with the names and emails of the clients that exist here. */
    LegacyNames(List<Client> existing) {
        existing.forEach(c -> {
            names.add(key(c.name()));
            emails.add(key(c.email()));
        });
    }

    /** The name the client gets here: cleaned, cut to fit, made unique; changes go to {@code report}. */
    String claimName(LegacyClient client, ReportBuilder report) {
        String original = client.name() == null ? "" : client.name();
        String name = clean(original, CreateClientCommand.MAX_NAME, "Client " + client.id());
        String unique = name;
        for (int n = 1; names.contains(key(unique)); n++) {
            String suffix = " (legacy " + client.id() + (n == 1 ? "" : " #" + n) + ")";
            unique = cut(name, CreateClientCommand.MAX_NAME - suffix.length()) + suffix;
        }
        names.add(key(unique));
        if (!unique.equals(original)) {
            report.change("client", client.id(), "name", original, unique);
        }
        return unique;
    }

    /**
     * The email the client gets here, or empty when the original's is not a valid address (the client is
     * then skipped); a change goes to {@code report}.
     */
    Optional<String> claimEmail(LegacyClient client, ReportBuilder report) {
        String email;
        try {
            email = Checks.email("email", client.email());
        } catch (VigintException e) {
            return Optional.empty();
        }
        String unique = email;
        int at = email.lastIndexOf('@');
        for (int n = 1; emails.contains(key(unique)); n++) {
            unique = email.substring(0, at) + "+legacy" + client.id() + (n == 1 ? "" : "-" + n) + email.substring(at);
        }
        if (unique.length() > 254) {
            return Optional.empty();
        }
        emails.add(key(unique));
        if (!unique.equals(client.email())) {
            report.change("client", client.id(), "email", client.email(), unique);
        }
        return Optional.of(unique);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} stripped, control characters as spaces, at most {@code max} characters; {@code fallback}
     * when nothing usable is left.
     */
    static String clean(String text, int max, String fallback) {
        String cleaned = text == null ? "" : cut(text.strip().replaceAll("\\p{Cntrl}+", " "), max);
        return cleaned.isBlank() || Checks.hasLoneSurrogate(cleaned) ? fallback : cleaned;
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end).strip();
    }
}
