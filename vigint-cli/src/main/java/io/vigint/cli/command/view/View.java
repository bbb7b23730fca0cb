package io.vigint.cli.command.view;

import java.io.PrintStream;

/**
 * A command's result. Its JSON form is the record itself, written by {@link Output}'s mapper; its text form
 * for people is what {@link #printText} prints.
 */
public interface View {
    /** Prints the result for people. */
    void printText(PrintStream out);
}
