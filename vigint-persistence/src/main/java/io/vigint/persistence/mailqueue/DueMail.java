package io.vigint.persistence.mailqueue;

/** A message that may be claimed: its id, client and attempts so far (the claim's fence). */
public record DueMail(long id, long clientId, int attempts) {}
