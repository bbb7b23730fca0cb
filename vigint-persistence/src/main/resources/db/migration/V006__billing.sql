-- Billing: payment details, invoices, their lines and the invoice-number counters.
--
-- payment_details: one row per client. IBAN and card-provider customer id are stored only sealed
-- by the SecretCipher (*_sealed) plus a masked form for output (*_masked); the BIC names a bank,
-- not an account, and is kept as is.
--
-- invoices: the number VIGINT-YYYY-NNNN is the key (year, sequence). "At most one invoice per client
-- and period that is not void" is the unique constraint on active_key, which holds
-- '<client id>/<period code>' while the invoice is not void and NULL once it is (the CHECK keeps the
-- two in step). A partial unique index would say the same on PostgreSQL, but H2 has none; a unique
-- constraint over a nullable column means the same on both (NULLs never collide).
--
-- invoice_lines: one per invoice and endpoint, with the trace of the usage it sums: the invoice's
-- client and period, usage_count records of this endpoint with ids min_usage_id..max_usage_id whose
-- costs add up exactly to usage_sum; amount is usage_sum rounded half-up to the currency's minor unit.
--
-- invoice_counters: the last sequence used per year. The batch locks the year's row (SELECT ... FOR
-- UPDATE) and advances it in the transaction that inserts the invoices, so numbers are gap-free.

CREATE TABLE payment_details (
    client_id       BIGINT                   NOT NULL PRIMARY KEY,
    method          VARCHAR(20)              NOT NULL,
    frequency       VARCHAR(20)              NOT NULL,
    auto_pay        BOOLEAN                  NOT NULL,
    iban_sealed     VARCHAR(1000),
    iban_masked     VARCHAR(80),
    bic             VARCHAR(11),
    customer_sealed VARCHAR(2000),
    customer_masked VARCHAR(20),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_payment_details_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT ck_payment_details_method CHECK (method IN ('credit_card', 'bank_transfer', 'direct_debit')),
    CONSTRAINT ck_payment_details_frequency CHECK (frequency IN ('weekly', 'monthly', 'quarterly'))
);

CREATE TABLE invoice_counters (
    invoice_year  INTEGER NOT NULL PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);

CREATE TABLE invoices (
    invoice_year     INTEGER                  NOT NULL,
    invoice_sequence INTEGER                  NOT NULL,
    client_id        BIGINT                   NOT NULL,
    period_code      VARCHAR(10)              NOT NULL,
    period_start     TIMESTAMP WITH TIME ZONE NOT NULL,
    period_end       TIMESTAMP WITH TIME ZONE NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    vat_rate         NUMERIC(9, 6)            NOT NULL,
    subtotal         NUMERIC(19, 6)           NOT NULL,
    vat              NUMERIC(19, 6)           NOT NULL,
    total            NUMERIC(19, 6)           NOT NULL,
    status           VARCHAR(10)              NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at          TIMESTAMP WITH TIME ZONE,
    voided_at        TIMESTAMP WITH TIME ZONE,
    active_key       VARCHAR(40),
    CONSTRAINT pk_invoices PRIMARY KEY (invoice_year, invoice_sequence),
    CONSTRAINT uq_invoices_active_key UNIQUE (active_key),
    CONSTRAINT fk_invoices_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT ck_invoices_status CHECK (status IN ('issued', 'paid', 'void')),
    CONSTRAINT ck_invoices_active_key CHECK ((status = 'void' AND active_key IS NULL)
        OR (status <> 'void' AND active_key IS NOT NULL))
);

CREATE INDEX ix_invoices_client_period ON invoices (client_id, period_code);
CREATE INDEX ix_invoices_period ON invoices (period_code, status);

CREATE TABLE invoice_lines (
    invoice_year     INTEGER        NOT NULL,
    invoice_sequence INTEGER        NOT NULL,
    endpoint         VARCHAR(200)   NOT NULL,
    usage_count      BIGINT         NOT NULL,
    unit_price       NUMERIC(19, 6),
    amount           NUMERIC(19, 6) NOT NULL,
    usage_sum        NUMERIC(25, 6) NOT NULL,
    min_usage_id     BIGINT         NOT NULL,
    max_usage_id     BIGINT         NOT NULL,
    CONSTRAINT pk_invoice_lines PRIMARY KEY (invoice_year, invoice_sequence, endpoint),
    CONSTRAINT fk_invoice_lines_invoice FOREIGN KEY (invoice_year, invoice_sequence)
        REFERENCES invoices (invoice_year, invoice_sequence) ON DELETE CASCADE
);
