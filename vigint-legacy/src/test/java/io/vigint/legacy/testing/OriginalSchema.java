package io.vigint.legacy.testing;

import io.vigint.core.legacy.LegacyApiKey;
import io.vigint.core.legacy.LegacyClient;
import io.vigint.core.legacy.LegacyPaymentDetails;
import io.vigint.core.legacy.LegacyUsage;
import io.vigint.core.testing.OriginalDeployment;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;

/**
 * Makes an original Vigint database as the original makes it: the tables of its {@code vigint/models.py}
 * with the DDL SQLAlchemy's {@code db.create_all()} emits for SQLite and for PostgreSQL (enums stored by
 * their names: a {@code VARCHAR} in SQLite, a native {@code ENUM} type in PostgreSQL; datetimes as text
 * {@code 2025-10-01 12:00:00.000000} in SQLite and {@code timestamp without time zone} in PostgreSQL;
 * booleans as 0/1 in SQLite), then writes an {@link OriginalDeployment}'s rows into it. The DDL is
 * character for character what SQLAlchemy 1.4.46 with Flask-SQLAlchemy 3.0.3 emits for the original's
 * {@code vigint/models.py} ({@code db.create_all()} on SQLite; {@code CreateTable} compiled for the
 * PostgreSQL dialect), and the row formats are those it writes (checked once by hand against a
 * {@code vigint.db} it made).
 */
public final class OriginalSchema {
    /** SQLAlchemy's text form of a datetime in SQLite. */
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final List<String> SQLITE = List.of("""
            CREATE TABLE clients (
            \tid INTEGER NOT NULL,\s
            \tname VARCHAR(255) NOT NULL,\s
            \temail VARCHAR(255) NOT NULL,\s
            \tcreated_at DATETIME,\s
            \tupdated_at DATETIME,\s
            \tPRIMARY KEY (id),\s
            \tUNIQUE (email)
            )""", """
            CREATE TABLE api_keys (
            \tid INTEGER NOT NULL,\s
            \tclient_id INTEGER NOT NULL,\s
            \tkey_hash VARCHAR(255) NOT NULL,\s
            \tname VARCHAR(255),\s
            \tis_active BOOLEAN,\s
            \tcreated_at DATETIME,\s
            \tupdated_at DATETIME,\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(client_id) REFERENCES clients (id),\s
            \tUNIQUE (key_hash)
            )""", """
            CREATE TABLE api_usage (
            \tid INTEGER NOT NULL,\s
            \tapi_key_id INTEGER NOT NULL,\s
            \tendpoint VARCHAR(255) NOT NULL,\s
            \tmethod VARCHAR(10) NOT NULL,\s
            \tstatus_code INTEGER NOT NULL,\s
            \tcost FLOAT NOT NULL,\s
            \ttimestamp DATETIME,\s
            \trequest_data VARCHAR(1000),\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(api_key_id) REFERENCES api_keys (id)
            )""", """
            CREATE TABLE payment_details (
            \tid INTEGER NOT NULL,\s
            \tapi_key_id INTEGER NOT NULL,\s
            \tpayment_method VARCHAR(13) NOT NULL,\s
            \tpayment_frequency VARCHAR(9) NOT NULL,\s
            \tauto_pay_enabled BOOLEAN,\s
            \tstripe_customer_id VARCHAR(255),\s
            \tstripe_payment_method_id VARCHAR(255),\s
            \tbank_account_iban VARCHAR(255),\s
            \tbank_account_bic VARCHAR(255),\s
            \tnext_payment_date DATETIME,\s
            \tlast_payment_date DATETIME,\s
            \tlast_invoice_number VARCHAR(255),\s
            \tcreated_at DATETIME,\s
            \tupdated_at DATETIME,\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(api_key_id) REFERENCES api_keys (id)
            )""");

    private static final List<String> POSTGRES = List.of(
            "CREATE TYPE paymentmethod AS ENUM ('CREDIT_CARD', 'BANK_TRANSFER', 'DIRECT_DEBIT')",
            "CREATE TYPE paymentfrequency AS ENUM ('WEEKLY', 'MONTHLY', 'QUARTERLY')",
            """
            CREATE TABLE clients (
            \tid SERIAL NOT NULL,\s
            \tname VARCHAR(255) NOT NULL,\s
            \temail VARCHAR(255) NOT NULL,\s
            \tcreated_at TIMESTAMP WITHOUT TIME ZONE,\s
            \tupdated_at TIMESTAMP WITHOUT TIME ZONE,\s
            \tPRIMARY KEY (id),\s
            \tUNIQUE (email)
            )""",
            """
            CREATE TABLE api_keys (
            \tid SERIAL NOT NULL,\s
            \tclient_id INTEGER NOT NULL,\s
            \tkey_hash VARCHAR(255) NOT NULL,\s
            \tname VARCHAR(255),\s
            \tis_active BOOLEAN,\s
            \tcreated_at TIMESTAMP WITHOUT TIME ZONE,\s
            \tupdated_at TIMESTAMP WITHOUT TIME ZONE,\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(client_id) REFERENCES clients (id),\s
            \tUNIQUE (key_hash)
            )""",
            """
            CREATE TABLE api_usage (
            \tid SERIAL NOT NULL,\s
            \tapi_key_id INTEGER NOT NULL,\s
            \tendpoint VARCHAR(255) NOT NULL,\s
            \tmethod VARCHAR(10) NOT NULL,\s
            \tstatus_code INTEGER NOT NULL,\s
            \tcost FLOAT NOT NULL,\s
            \ttimestamp TIMESTAMP WITHOUT TIME ZONE,\s
            \trequest_data VARCHAR(1000),\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(api_key_id) REFERENCES api_keys (id)
            )""",
            """
            CREATE TABLE payment_details (
            \tid SERIAL NOT NULL,\s
            \tapi_key_id INTEGER NOT NULL,\s
            \tpayment_method paymentmethod NOT NULL,\s
            \tpayment_frequency paymentfrequency NOT NULL,\s
            \tauto_pay_enabled BOOLEAN,\s
            \tstripe_customer_id VARCHAR(255),\s
            \tstripe_payment_method_id VARCHAR(255),\s
            \tbank_account_iban VARCHAR(255),\s
            \tbank_account_bic VARCHAR(255),\s
            \tnext_payment_date TIMESTAMP WITHOUT TIME ZONE,\s
            \tlast_payment_date TIMESTAMP WITHOUT TIME ZONE,\s
            \tlast_invoice_number VARCHAR(255),\s
            \tcreated_at TIMESTAMP WITHOUT TIME ZONE,\s
            \tupdated_at TIMESTAMP WITHOUT TIME ZONE,\s
            \tPRIMARY KEY (id),\s
            \tFOREIGN KEY(api_key_id) REFERENCES api_keys (id)
            )""");

    private final Connection connection;
    private final boolean sqlite;

    private OriginalSchema(Connection connection, boolean sqlite) {
        this.connection = connection;
        this.sqlite = sqlite;
    }

    /** Creates the SQLite file {@code file} (the original's {@code vigint.db}) with {@code deployment} in it. */
    public static void writeSqlite(Path file, OriginalDeployment deployment) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            new OriginalSchema(connection, true).create(deployment);
        }
    }

    /** Creates the tables in the PostgreSQL database at {@code jdbcUrl} with {@code deployment} in them. */
    public static void writePostgres(String jdbcUrl, Properties properties, OriginalDeployment deployment)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, properties)) {
            new OriginalSchema(connection, false).create(deployment);
        }
    }

    /** Appends the usage rows of {@code deployment} with an id above {@code afterId} (SQLite). */
    public static void appendUsageSqlite(Path file, OriginalDeployment deployment, long afterId) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            OriginalSchema schema = new OriginalSchema(connection, true);
            for (LegacyUsage u : deployment.usage) {
                if (u.id() > afterId) {
                    schema.insertUsage(u);
                }
            }
        }
    }

    private void create(OriginalDeployment d) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String ddl : sqlite ? SQLITE : POSTGRES) {
                statement.execute(ddl);
            }
        }
        for (LegacyClient c : d.clients) {
            insert(
                    "INSERT INTO clients (id, name, email, created_at, updated_at) VALUES (?, ?, ?, %t, %t)",
                    c.id(), c.name(), c.email(), c.createdAt(), c.createdAt());
        }
        for (LegacyApiKey k : d.keys) {
            insert(
                    "INSERT INTO api_keys (id, client_id, key_hash, name, is_active, created_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, %t, %t)",
                    k.id(), k.clientId(), k.keyHash(), k.name(), k.active(), k.createdAt(), k.createdAt());
        }
        for (LegacyUsage u : d.usage) {
            insertUsage(u);
        }
        for (LegacyPaymentDetails p : d.payments) {
            insert(
                    "INSERT INTO payment_details (id, api_key_id, payment_method, payment_frequency, auto_pay_enabled,"
                            + " stripe_customer_id, bank_account_iban, bank_account_bic, created_at, updated_at)"
                            + " VALUES (?, ?, %e, %f, ?, ?, ?, ?, %t, %t)",
                    p.id(),
                    p.apiKeyId(),
                    p.method(),
                    p.frequency(),
                    p.autoPay(),
                    p.stripeCustomerId(),
                    p.iban(),
                    p.bic(),
                    p.updatedAt(),
                    p.updatedAt());
        }
    }

    private void insertUsage(LegacyUsage u) throws SQLException {
        insert(
                "INSERT INTO api_usage (id, api_key_id, endpoint, method, status_code, cost, timestamp, request_data)"
                        + " VALUES (?, ?, ?, ?, ?, ?, %t, ?)",
                u.id(),
                u.apiKeyId(),
                u.endpoint(),
                u.method(),
                u.statusCode(),
                u.cost().doubleValue(),
                u.timestamp(),
                "{\"frame_count\": 25}");
    }

    /**
     * Runs {@code sql} with {@code values}: {@code %t} is a datetime (text in SQLite, a timestamp in
     * PostgreSQL), {@code %e} and {@code %f} the payment enums (cast to their types in PostgreSQL).
     */
    private void insert(String sql, Object... values) throws SQLException {
        String prepared = sql.replace("%t", sqlite ? "?" : "CAST(? AS TIMESTAMP)")
                .replace("%e", sqlite ? "?" : "CAST(? AS paymentmethod)")
                .replace("%f", sqlite ? "?" : "CAST(? AS paymentfrequency)");
        try (PreparedStatement insert = connection.prepareStatement(prepared)) {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant instant) {
                    LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
                    insert.setString(i + 1, SQLITE_TIME.format(utc));
                } else if (value instanceof Boolean b && sqlite) {
                    insert.setInt(i + 1, b ? 1 : 0);
                } else if (value == null) {
                    insert.setNull(i + 1, Types.VARCHAR);
                } else {
                    insert.setObject(i + 1, value);
                }
            }
            insert.executeUpdate();
        }
    }
}
