/**
 * Alert emails about incidents: {@link io.vigint.core.alert.SendAlertUseCase} sends the client an email
 * with a clip of the source's long window attached or linked, once per incident within the
 * deduplication window, retrying a failed send with back-off ({@link io.vigint.core.alert.RetryingClientMailer}).
 */
package io.vigint.core.alert;
