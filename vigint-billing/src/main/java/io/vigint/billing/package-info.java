/**
 * The billing adapter: invoice documents (HTML, CSV, PDF) and their email ({@code document},
 * {@code delivery}), the invoice scheduler ({@code schedule}), and the Guice modules that bind them.
 * The invoice batch itself is a core use case ({@code io.vigint.core.billing}) over the storage ports.
 */
package io.vigint.billing;
