/** Test support shipped in core's test-jar: documentation examples compiled and run as tests. */
package io.vigint.core.testing;
