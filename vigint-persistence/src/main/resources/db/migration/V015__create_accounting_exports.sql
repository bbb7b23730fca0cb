-- The accounting export queue: each issued invoice (or credit note) to copy into the accounting ledger
-- (Qonto), one row per number, so an invoice is exported at most once whatever the retries, restarts and
-- servers. A worker claims a due pending row by counting an attempt and setting lease_until (conditional on
-- the attempts it read; on PostgreSQL the candidate rows are also locked with SKIP LOCKED), then reports:
-- done with the ledger's id, pending again at next_attempt_at with the error, or failed. A claim whose
-- worker died is due again when its lease ends. last_error is the adapter's message (status, the ledger's
-- validation text), never a credential. No foreign key: credit notes live in a table of their own.

CREATE TABLE accounting_exports (
    invoice_number  VARCHAR(40)              NOT NULL PRIMARY KEY,
    status          VARCHAR(10)              NOT NULL,
    attempts        INTEGER                  NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    external_id     VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_accounting_exports_status CHECK (status IN ('pending', 'done', 'failed'))
);

CREATE INDEX ix_accounting_exports_due ON accounting_exports (status, next_attempt_at);
CREATE INDEX ix_accounting_exports_updated ON accounting_exports (updated_at);
