/**
 * The database adapter for the core's storage ports: {@link io.vigint.persistence.Database} opens a
 * PostgreSQL or embedded H2 database (HikariCP, Flyway migrations, MyBatis mappers),
 * {@link io.vigint.persistence.MyBatisStores} holds one store per storage port (each in the package of its
 * table, beside its mapper) over one {@link io.vigint.persistence.MyBatisTransactions},
 * {@link io.vigint.persistence.DatabaseAccessChanges} carries access changes between the processes
 * sharing it, and {@link io.vigint.persistence.PersistenceModule} binds them for Guice.
 */
package io.vigint.persistence;
