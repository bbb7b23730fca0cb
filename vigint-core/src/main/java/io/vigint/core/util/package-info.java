/** Small JDK-only helpers shared by the core and its adapters: input checks and duration text. */
package io.vigint.core.util;
