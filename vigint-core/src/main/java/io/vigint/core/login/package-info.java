/**
 * Username/password logins of clients and the short-lived access tokens they exchange them for
 * ({@code POST /auth/token}). Passwords are hashed by a {@link io.vigint.core.login.PasswordHasher};
 * tokens are made and checked by {@link io.vigint.core.login.AccessTokens}.
 */
package io.vigint.core.login;
