/**
 * Alert emails about incidents: {@link io.vigint.core.alert.SendAlertUseCase} queues an email to the client
 * with a clip of the source's long window attached or linked, at most once per cooldown of its {@link
 * io.vigint.core.alert.IncidentKey} (client, source, incident type) unless a higher risk level breaks
 * through; the cooldowns are kept by the {@link io.vigint.core.alert.AlertCooldownStore} port. The email goes
 * into the durable {@link io.vigint.core.mail.MailQueue}; sending it, and retrying failures that may pass, is
 * the queue drainer's business, never the request's.
 */
package io.vigint.core.alert;
