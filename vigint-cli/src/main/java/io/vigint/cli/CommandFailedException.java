package io.vigint.cli;

/**
 * A command refused or failed for a reason of the CLI's own (for example a deletion that was not
 * confirmed). Reported as one line, exit status 1, like a refusal from the core.
 */
public final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }
}
