package io.vigint.http.billing;

/**
 * The body of {@code POST /admin/v1/invoices/run} (optional): {@code period} such as {@code 2026-11}
 * (absent: the last completed period of every frequency) and {@code dry_run}.
 */
public record RunInvoicesRequest(String period, Boolean dryRun) {}
