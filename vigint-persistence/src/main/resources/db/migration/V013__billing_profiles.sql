-- Tax treatment per client (issue 13): billing profiles, and the terms each invoice was issued under.
--
-- billing_profiles: at most one row per client. The identity (legal_name, address, country, vat_id) and
-- tax_treatment are set together or not at all (ck_billing_profiles_identity): a row without them holds only
-- the client's price mode, prices_include_vat, which the import from the original system sets on its own.
-- prices_include_vat NULL means "as billing.prices_include_vat says". address holds the lines separated by
-- a new line; vat_id is normalised (BE0403019261, EL for Greece).
--
-- invoice_terms: one row per invoice issued since this migration, copied when it is issued, so a later
-- change of the profile or of the seller's configuration never changes what an issued invoice says: the
-- tax treatment, the price mode, buyer and seller as invoiced, the date of supply and the due date. The
-- rate is invoices.vat_rate. An invoice issued before has no row and reads as domestic, prices without VAT,
-- parties unknown, supplied on the period's last day and due on the day of issue (as it was computed).

CREATE TABLE billing_profiles (
    client_id          BIGINT                   NOT NULL PRIMARY KEY,
    legal_name         VARCHAR(200),
    address            VARCHAR(1100),
    country            VARCHAR(2),
    vat_id             VARCHAR(20),
    tax_treatment      VARCHAR(20),
    prices_include_vat BOOLEAN,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_billing_profiles_client FOREIGN KEY (client_id) REFERENCES clients (id) ON DELETE CASCADE,
    CONSTRAINT ck_billing_profiles_treatment
        CHECK (tax_treatment IN ('domestic', 'reverse_charge', 'outside_eu', 'exempt')),
    CONSTRAINT ck_billing_profiles_identity CHECK ((legal_name IS NULL AND country IS NULL AND tax_treatment IS NULL)
        OR (legal_name IS NOT NULL AND country IS NOT NULL AND tax_treatment IS NOT NULL))
);

CREATE TABLE invoice_terms (
    invoice_year       INTEGER        NOT NULL,
    invoice_sequence   INTEGER        NOT NULL,
    tax_treatment      VARCHAR(20)    NOT NULL,
    prices_include_vat BOOLEAN        NOT NULL,
    buyer_legal_name   VARCHAR(200)   NOT NULL,
    buyer_address      VARCHAR(1100)  NOT NULL,
    buyer_country      VARCHAR(2)     NOT NULL,
    buyer_vat_id       VARCHAR(20)    NOT NULL,
    seller_name        VARCHAR(200)   NOT NULL,
    seller_address     VARCHAR(1100)  NOT NULL,
    seller_country     VARCHAR(2)     NOT NULL,
    seller_vat_id      VARCHAR(20)    NOT NULL,
    supply_date        DATE           NOT NULL,
    due_date           DATE           NOT NULL,
    payment_terms_days INTEGER        NOT NULL,
    CONSTRAINT pk_invoice_terms PRIMARY KEY (invoice_year, invoice_sequence),
    CONSTRAINT fk_invoice_terms_invoice FOREIGN KEY (invoice_year, invoice_sequence)
        REFERENCES invoices (invoice_year, invoice_sequence) ON DELETE CASCADE,
    CONSTRAINT ck_invoice_terms_treatment
        CHECK (tax_treatment IN ('domestic', 'reverse_charge', 'outside_eu', 'exempt'))
);
