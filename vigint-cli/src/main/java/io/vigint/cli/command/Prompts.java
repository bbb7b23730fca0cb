package io.vigint.cli.command;

import io.vigint.cli.CommandFailedException;
import io.vigint.cli.Terminal;
import io.vigint.core.client.Client;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What commands ask on the terminal: the confirmation of {@code clients delete}, and the password of
 * {@code clients set-login} (typed twice, or read from standard input).
 */
final class Prompts {
    private Prompts() {}

    /**
     * Asks for the client's name before it is deleted.
     *
     * @throws CommandFailedException without a terminal, or when the name typed does not match
     */
    static void confirmDeletion(Terminal terminal, Client client) {
        String what = client.name() + " (id " + client.id() + ")";
        if (!terminal.isInteractive()) {
            throw new CommandFailedException("not deleting client " + what
                    + ": there is no terminal to confirm on; pass --force to delete without confirmation");
        }
        String answer =
                terminal.readLine("Type the client name to confirm deletion of " + what + " and all its keys: ");
        if (!client.name().equals(answer)) {
            throw new CommandFailedException(
                    "not deleting client " + what + ": the name typed does not match; nothing was deleted");
        }
    }

    /**
     * The password typed twice on the terminal.
     *
     * @throws CommandFailedException without a terminal, or when the two differ
     */
    static char[] askTwice(Terminal terminal) {
        if (!terminal.isInteractive()) {
            throw new CommandFailedException("no terminal to read the password from; pipe it in with --password-stdin");
        }
        char[] first = terminal.readPassword("Password for the client's login: ");
        char[] second = terminal.readPassword("Repeat the password: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new CommandFailedException("the two passwords differ (or input ended); nothing was changed");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    /**
     * The first line of {@code in}.
     *
     * @throws CommandFailedException when it is empty or unreadable
     */
    static char[] firstLine(InputStream in) {
        return firstLine(in, "the password");
    }

    /**
     * The first line of {@code in}, which holds {@code what} (for the messages).
     *
     * @throws CommandFailedException when it is empty or unreadable
     */
    static char[] firstLine(InputStream in, String what) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null) {
                throw new CommandFailedException("standard input is empty; expected " + what + " on its first line");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CommandFailedException("cannot read " + what + " from standard input: " + e.getMessage());
        }
    }
}
