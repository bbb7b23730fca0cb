package io.vigint.persistence.billing;

import java.time.OffsetDateTime;

/** Moves one invoice from status {@code from} to {@code to} at {@code at}. */
public record StatusChange(int invoiceYear, int invoiceSequence, String from, String to, OffsetDateTime at) {}
