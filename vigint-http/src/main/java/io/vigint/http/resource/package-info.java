/**
 * The JAX-RS resources: thin translations between HTTP and the core's use cases. They throw
 * {@link io.vigint.core.error.VigintException} for every refusal and never build error responses.
 */
package io.vigint.http.resource;
