/** The operator's use cases over clients and their keys, implemented in one service. */
package io.vigint.core.admin;
