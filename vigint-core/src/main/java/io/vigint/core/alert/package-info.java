/**
 * Alert emails about incidents: {@link io.vigint.core.alert.SendAlertUseCase} sends the client an email
 * with a clip of the source's long window attached or linked, once per incident within the
 * deduplication window. Retrying a failed send is the {@link io.vigint.core.mail.ClientMailer}'s business
 * (the mail adapter retries only failures that may pass); the alert service sends once.
 */
package io.vigint.core.alert;
