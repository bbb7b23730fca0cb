/**
 * Test support shipped in core's test-jar: documentation examples compiled and run as tests, and
 * synthetic camera frames and frame windows for tests of analysis.
 */
package io.vigint.core.testing;
