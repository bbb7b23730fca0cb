/**
 * Exception mappers: every error leaves the server in the SPEC §3.5 envelope with a stable code, and a
 * stack trace never does. Resources and filters throw {@link io.vigint.core.error.VigintException};
 * they do not build error responses by hand.
 */
package io.vigint.http.error;
