/**
 * What commands print: one small record per result, written as JSON by {@link io.vigint.cli.command.view.Output}'s
 * single Jackson mapper (snake_case names, fields in the order each record's {@code @JsonPropertyOrder} gives,
 * instants as ISO-8601 UTC) or as text by the record's own {@link io.vigint.cli.command.view.View#printText}.
 * Commands choose the view; nothing here calls a use case.
 */
package io.vigint.cli.command.view;
