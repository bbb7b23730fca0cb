/** Where the CLI's settings come from: flags, {@code VIGINT_…} environment variables, a config file, defaults. */
package io.vigint.cli.config;
