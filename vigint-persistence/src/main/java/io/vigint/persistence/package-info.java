/**
 * The database adapter for the core's storage ports: {@link io.vigint.persistence.Database} opens a
 * PostgreSQL or embedded H2 database (HikariCP, Flyway migrations, MyBatis mappers) and
 * {@link io.vigint.persistence.MyBatisStorage} implements the ports over it;
 * {@link io.vigint.persistence.PersistenceModule} binds them for Guice.
 */
package io.vigint.persistence;
