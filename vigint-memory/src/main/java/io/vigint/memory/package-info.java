/**
 * In-memory adapters for every storage port, so the core runs inside any JVM app with no database, and the
 * embedding facade {@link io.vigint.memory.VigintCore}. Each port has its own store over one shared {@link
 * io.vigint.memory.InMemoryTransactions}; {@link io.vigint.memory.InMemoryStorage} is all of them as one
 * object. They pass the same port contracts as the database adapters.
 */
package io.vigint.memory;
