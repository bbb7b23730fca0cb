/**
 * Operator keys: the credentials of the admin API ({@code X-Admin-Key}). Created by the CLI, stored
 * only as a SHA-256 hash, never a default.
 */
package io.vigint.core.operator;
