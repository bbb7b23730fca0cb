/** Test support: a real server over an in-memory core, and JSON shape assertions. */
package io.vigint.http.testing;
