package io.vigint.cli.command;

/** How a command prints its result: for people ({@code text}) or for scripts ({@code json}). */
public enum OutputFormat {
    TEXT,
    JSON
}
