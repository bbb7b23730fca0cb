/**
 * Adapters for the core's credential ports: {@link io.vigint.security.Argon2PasswordHasher} hashes
 * client passwords, {@link io.vigint.security.JwtAccessTokens} makes and checks signed access tokens,
 * and {@link io.vigint.security.ServerSecrets} holds the server's own key material, taken from the
 * environment or generated once into the data directory. {@link io.vigint.security.SecurityModule}
 * binds them for Guice.
 */
package io.vigint.security;
