/** Outgoing email: the message, the per-provider {@link io.vigint.core.mail.MailSender} port and the per-client {@link io.vigint.core.mail.ClientMailer}. */
package io.vigint.core.mail;
