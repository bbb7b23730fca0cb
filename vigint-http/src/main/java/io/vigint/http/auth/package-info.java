/**
 * Who is calling: the authentication filter, the access rules per route, the cache of verified API keys
 * and the hook for throttling failed attempts per address.
 */
package io.vigint.http.auth;
