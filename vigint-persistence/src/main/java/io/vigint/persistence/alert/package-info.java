/**
 * The {@code alert_cooldowns} table: its MyBatis mapper, row type and
 * {@link io.vigint.persistence.alert.MyBatisAlertCooldownStore}.
 */
package io.vigint.persistence.alert;
