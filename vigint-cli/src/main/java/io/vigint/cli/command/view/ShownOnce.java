package io.vigint.cli.command.view;

/**
 * A view holding a plain key that is printed this once. Its text says so itself; with JSON output the warning
 * goes to standard error so that standard output stays JSON.
 */
public interface ShownOnce extends View {
    /** Shown with every plain key. */
    String WARNING = "IMPORTANT: Save this API key now. It is shown only once and cannot be retrieved later.";
}
