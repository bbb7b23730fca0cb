-- Invoice lines no longer record the first and last usage id they sum (issue 14): computing MIN/MAX of the
-- id for every group made the batch's grouped query markedly dearer than the bare GROUP BY, and the ids
-- proved nothing that recomputing does not. A line sums the client's charged usage (cost > 0) on its
-- endpoint inside the invoice's period and currency; `vigint invoices verify` sums those records again and
-- compares count, exact sum, unit price and amounts.
--
-- The columns stay, nullable, so the ids of lines issued before this migration are kept as they were
-- (readable with SQL); new lines leave them NULL and the application no longer reads them.

ALTER TABLE invoice_lines ALTER COLUMN min_usage_id DROP NOT NULL;
ALTER TABLE invoice_lines ALTER COLUMN max_usage_id DROP NOT NULL;
