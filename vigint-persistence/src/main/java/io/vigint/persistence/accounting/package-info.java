/**
 * SQL over {@code accounting_exports}: the {@link io.vigint.persistence.accounting.AccountingExportMapper},
 * its rows and the {@link io.vigint.persistence.accounting.MyBatisAccountingExportQueue} over them.
 */
package io.vigint.persistence.accounting;
