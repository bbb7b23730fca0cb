/** Money as {@link java.math.BigDecimal} with a currency. */
package io.vigint.core.money;
