package io.vigint.persistence;

import io.vigint.persistence.access.AccessChangeMapper;
import io.vigint.persistence.accounting.AccountingExportMapper;
import io.vigint.persistence.alert.AlertCooldownMapper;
import io.vigint.persistence.billing.BillingMapper;
import io.vigint.persistence.billing.BillingProfileMapper;
import io.vigint.persistence.billing.FollowUpMapper;
import io.vigint.persistence.client.ClientMapper;
import io.vigint.persistence.client.EmailChangeMapper;
import io.vigint.persistence.idempotency.IdempotencyMapper;
import io.vigint.persistence.key.ApiKeyMapper;
import io.vigint.persistence.legacy.LegacyImportMapper;
import io.vigint.persistence.lock.JobLockMapper;
import io.vigint.persistence.login.LoginMapper;
import io.vigint.persistence.mail.EmailConfigMapper;
import io.vigint.persistence.mailqueue.MailQueueMapper;
import io.vigint.persistence.operator.OperatorKeyMapper;
import io.vigint.persistence.settings.ClientSettingsMapper;
import io.vigint.persistence.usage.UsageMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/** The MyBatis configuration over a pool: {@code mybatis-config.xml}, every mapper, and the database id. */
final class MyBatisSetup {
    private static final String MYBATIS_CONFIG = "io/vigint/persistence/mybatis-config.xml";

    /** Each loads {@code io/vigint/persistence/<table>/<Mapper>.xml} beside its interface. */
    private static final List<Class<?>> MAPPERS = List.of(
            ClientMapper.class,
            ApiKeyMapper.class,
            LoginMapper.class,
            OperatorKeyMapper.class,
            ClientSettingsMapper.class,
            IdempotencyMapper.class,
            AccessChangeMapper.class,
            EmailConfigMapper.class,
            EmailChangeMapper.class,
            JobLockMapper.class,
            UsageMapper.class,
            BillingMapper.class,
            FollowUpMapper.class,
            BillingProfileMapper.class,
            MailQueueMapper.class,
            AlertCooldownMapper.class,
            LegacyImportMapper.class,
            AccountingExportMapper.class);

    private MyBatisSetup() {}

    static SqlSessionFactory sessionFactory(DataSource dataSource) {
        Configuration configuration;
        try (InputStream xml = MyBatisSetup.class.getClassLoader().getResourceAsStream(MYBATIS_CONFIG)) {
            if (xml == null) {
                throw new IllegalStateException(MYBATIS_CONFIG + " is missing from the classpath");
            }
            configuration = new XMLConfigBuilder(xml, null, new Properties()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        configuration.setEnvironment(new Environment("vigint", new JdbcTransactionFactory(), dataSource));
        configuration.setDatabaseId(databaseId(dataSource));
        MAPPERS.forEach(configuration::addMapper);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    private static String databaseId(DataSource dataSource) {
        Properties vendors = new Properties();
        vendors.setProperty("PostgreSQL", "postgresql");
        vendors.setProperty("H2", "h2");
        VendorDatabaseIdProvider provider = new VendorDatabaseIdProvider();
        provider.setProperties(vendors);
        return provider.getDatabaseId(dataSource);
    }
}
