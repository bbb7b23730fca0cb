package io.vigint.cli;

import java.io.Console;

/** The interactive terminal a command may ask questions on, if the process has one. */
public interface Terminal {
    /** True if there is a person at a terminal to answer {@link #readLine}. */
    boolean isInteractive();

    /**
     * Shows {@code prompt} and reads one line.
     *
     * @return the line without its line terminator, or {@code null} at end of input or with no terminal
     */
    String readLine(String prompt);

    /**
     * Shows {@code prompt} and reads a line without echoing it.
     *
     * @return the characters typed, or {@code null} at end of input or with no terminal
     */
    default char[] readPassword(String prompt) {
        return null;
    }

    /** The process's console ({@link System#console()}), or {@link #none()} when it has none. */
    static Terminal system() {
        Console console = System.console();
        if (console == null) {
            return none();
        }
        return new Terminal() {
            @Override
            public boolean isInteractive() {
                return true;
            }

            @Override
            public String readLine(String prompt) {
                return console.readLine("%s", prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                return console.readPassword("%s", prompt);
            }
        };
    }

    /** No terminal: nothing can be asked (scripts, pipes, CI). */
    static Terminal none() {
        return new Terminal() {
            @Override
            public boolean isInteractive() {
                return false;
            }

            @Override
            public String readLine(String prompt) {
                return null;
            }
        };
    }
}
