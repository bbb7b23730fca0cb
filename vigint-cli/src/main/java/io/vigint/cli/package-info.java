/**
 * The {@code vigint} command: its entry point ({@link io.vigint.cli.Main}), the Guice wiring of the core
 * over the database ({@link io.vigint.cli.CoreModule}), and how a run reaches its streams and terminal.
 */
package io.vigint.cli;
