/**
 * API keys: how they are made (256 random bits, a {@code vgt_} prefix), how they are stored (a SHA-256
 * hash and a display prefix, never the plain text), their storage port and their use cases.
 */
package io.vigint.core.key;
