/**
 * The picocli commands ({@code clients …}, {@code keys …}), their shared options and argument converters.
 * Commands call the core's use cases and print the answer through a view of {@link io.vigint.cli.command.view}.
 */
package io.vigint.cli.command;
