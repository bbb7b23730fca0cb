/** SQL over {@code mail_queue}: the {@link io.vigint.persistence.mailqueue.MailQueueMapper} and its rows. */
package io.vigint.persistence.mailqueue;
