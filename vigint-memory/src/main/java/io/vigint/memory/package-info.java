/**
 * In-memory adapters for every storage port, so the core runs inside any JVM app with no database.
 * They pass the same port contracts as the database adapters.
 */
package io.vigint.memory;
