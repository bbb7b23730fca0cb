package io.vigint.persistence;

import io.vigint.core.billing.InvoiceFollowUpStore;
import io.vigint.core.billing.InvoiceStore;
import io.vigint.core.billing.PaymentDetailsStore;
import io.vigint.core.client.ClientId;
import io.vigint.core.client.ClientStore;
import io.vigint.core.contract.BillingFixture;
import io.vigint.core.contract.Fixtures;
import io.vigint.core.contract.MutableClock;
import io.vigint.core.port.TransactionRunner;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;

/**
 * The billing ports over one {@link Database}, with usage rows inserted straight into {@code
 * usage_records} (as metering writes them). Each test starts from empty tables and fresh counters.
 */
abstract class BillingStorageFixture implements BillingFixture {
    private MutableClock clock;

    /** The database under test, open for the whole class. */
    abstract Database database();

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM invoice_reminders");
            statement.executeUpdate("DELETE FROM invoice_payments");
            statement.executeUpdate("DELETE FROM credit_notes");
            statement.executeUpdate("DELETE FROM credit_note_counters");
            statement.executeUpdate("DELETE FROM invoice_terms");
            statement.executeUpdate("DELETE FROM billing_profiles");
            statement.executeUpdate("DELETE FROM invoice_lines");
            statement.executeUpdate("DELETE FROM invoices");
            statement.executeUpdate("DELETE FROM invoice_counters");
            statement.executeUpdate("DELETE FROM payment_details");
            statement.executeUpdate("DELETE FROM usage_records");
        }
        StorageTables.deleteAll(database());
        clock = new MutableClock(Fixtures.T0);
    }

    @Override
    public ClientStore clientStore() {
        return database().stores().clients();
    }

    @Override
    public PaymentDetailsStore paymentDetailsStore() {
        return database().stores().paymentDetails();
    }

    @Override
    public InvoiceStore invoiceStore() {
        return database().stores().invoices();
    }

    @Override
    public InvoiceFollowUpStore followUpStore() {
        return database().stores().invoiceFollowUps();
    }

    @Override
    public TransactionRunner transactions() {
        return database().stores().transactions();
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public long recordUsage(ClientId clientId, String endpoint, String cost, String currency, Instant at) {
        String sql = "INSERT INTO usage_records (client_id, endpoint, method, status_code, cost, currency, occurred_at,"
                + " request_id) VALUES (?, ?, 'POST', 200, ?, ?, ?, ?)";
        try (Connection connection = database().dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setLong(1, clientId.value());
            insert.setString(2, endpoint);
            insert.setBigDecimal(3, new BigDecimal(cost));
            insert.setString(4, currency);
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setString(6, "req-" + System.nanoTime());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot insert usage", e);
        }
    }
}
