/** Authentication of presented API keys: the hot path of every request. */
package io.vigint.core.auth;
