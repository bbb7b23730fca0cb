package io.vigint.cli.command;

import io.vigint.cli.CommandFailedException;
import io.vigint.cli.Terminal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a password for {@code clients set-login}: from the terminal, asked twice, or from standard input. */
final class PasswordInput {
    private PasswordInput() {}

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
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null) {
                throw new CommandFailedException("standard input is empty; expected the password on its first line");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new CommandFailedException("cannot read the password from standard input: " + e.getMessage());
        }
    }
}
