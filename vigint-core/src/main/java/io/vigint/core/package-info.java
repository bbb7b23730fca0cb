/**
 * Vigint's core: the domain (clients, API keys), the use cases operators and clients call, and the
 * ports through which the core reaches storage, time and randomness. Depends on the JDK only.
 *
 * <p>Start at {@link io.vigint.memory.VigintCore}, which wires the services over a set of ports.
 */
package io.vigint.core;
