/** Mail adapters for the core's {@link io.vigint.core.mail.MailSender} port. */
package io.vigint.mail;
