/**
 * SQL over {@code mail_queue}: the {@link io.vigint.persistence.mailqueue.MailQueueMapper}, its rows and the
 * {@link io.vigint.persistence.mailqueue.MyBatisMailQueue} over them.
 */
package io.vigint.persistence.mailqueue;
