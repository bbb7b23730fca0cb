/**
 * The {@code vigint} command: its entry point ({@link io.vigint.cli.Main}), and how a run reaches its streams and terminal.
 */
package io.vigint.cli;
