/** Request ids, the MDC and the access log: what operators read, free of secrets by construction. */
package io.vigint.http.logging;
