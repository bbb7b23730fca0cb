/**
 * Mail adapters for the core's {@link io.vigint.core.mail.MailSender} port: the outbox folder of
 * {@code .eml} files (the default), SMTP through Angus Mail, and the HTTP APIs of Mailgun, SendGrid,
 * Postmark and Amazon SES (JDK {@code HttpClient}, SES signed with AWS Signature V4); retry with
 * back-off; the per-client {@link io.vigint.core.mail.ClientMailer}; and {@link io.vigint.mail.MailModule}
 * that wires them.
 */
package io.vigint.mail;
