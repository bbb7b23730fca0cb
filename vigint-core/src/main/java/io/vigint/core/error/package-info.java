/**
 * The one exception family of the core: {@link io.vigint.core.error.VigintException} carrying a stable
 * {@link io.vigint.core.error.ErrorCode}; the domain's codes are {@link io.vigint.core.error.CoreErrorCode}.
 */
package io.vigint.core.error;
