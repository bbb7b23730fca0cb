package io.vigint.persistence.mailqueue;

/** How many messages of one client are under an unexpired lease. */
public record ClientCount(long clientId, long count) {}
