/**
 * The Grizzly server and what sits at its edge: start and graceful stop, the request body size limit,
 * and JSON for errors Grizzly answers itself.
 */
package io.vigint.http.server;
