/** The one exception family of the core: {@link io.vigint.core.error.VigintException} carrying a stable {@link io.vigint.core.error.ErrorCode}. */
package io.vigint.core.error;
