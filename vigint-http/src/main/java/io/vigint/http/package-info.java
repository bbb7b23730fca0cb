/**
 * The HTTP adapter: how core errors and use cases appear over HTTP. The Jersey server itself comes with
 * the HTTP server issue; for now this module holds the error-to-status mapping every resource will use.
 */
package io.vigint.http;
