/** Clients (tenants): their data, their storage port, and the use cases that administer them. */
package io.vigint.core.client;
