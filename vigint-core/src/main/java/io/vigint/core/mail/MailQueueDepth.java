package io.vigint.core.mail;

/**
 * The state of a {@link MailQueue} at one instant.
 *
 * @param waiting messages not being sent now (due, or waiting for their next attempt)
 * @param inFlight messages under an unexpired lease (being sent)
 * @param failed messages that failed for good and are kept for the operator
 */
public record MailQueueDepth(long waiting, long inFlight, long failed) {}
