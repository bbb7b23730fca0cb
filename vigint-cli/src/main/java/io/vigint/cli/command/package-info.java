/**
 * The picocli commands ({@code clients …}, {@code keys …}), their shared options, argument converters
 * and the text and JSON rendering of their results. Commands call the core's use cases and nothing else.
 */
package io.vigint.cli.command;
