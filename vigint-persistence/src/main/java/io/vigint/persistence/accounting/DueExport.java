package io.vigint.persistence.accounting;

/** A pending export that may be claimed: its number and attempts so far (the claim's fence). */
public record DueExport(String invoiceNumber, int attempts) {}
