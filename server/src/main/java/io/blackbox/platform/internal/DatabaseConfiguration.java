package io.blackbox.platform.internal;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.blackbox.platform.MembersReads;
import io.blackbox.platform.PlatformProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Three pools on one database. Migrations run as the connecting user, who owns the schema. Everything
 * else runs as the role {@code blackbox_app}, which row-level security applies to; each transaction
 * is told its caller by {@link RowLevelSecurityTransactionManager}, except on the sessions of
 * {@link MembersReads}, which state once what every member may see and run nothing else.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(PlatformProperties props) {
        return DatabaseServer.start(props);
    }

    @Bean(destroyMethod = "close")
    @FlywayDataSource
    HikariDataSource ownerDataSource(DatabaseServer server) {
        HikariDataSource ds = pool(server, "blackbox-owner");
        ds.setMaximumPoolSize(2);
        ds.setMinimumIdle(0);
        return ds;
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(DatabaseServer server) {
        HikariDataSource ds = pool(server, "blackbox-app");
        ds.setMaximumPoolSize(20);
        // The role exists once the migrations have run; the pool opens connections lazily, after them.
        ds.setConnectionInitSql("SET ROLE blackbox_app");
        return ds;
    }

    /** Sessions that read as every member reads, and nothing else (see {@link MembersReads}). */
    @Bean(destroyMethod = "close")
    MembersReads membersReads(DatabaseServer server) {
        HikariDataSource ds = pool(server, "blackbox-members");
        ds.setMaximumPoolSize(8);
        ds.setMinimumIdle(1);
        ds.setAutoCommit(true);
        ds.setConnectionInitSql(MembersReads.SESSION);
        return new MembersReads(ds);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new RowLevelSecurityTransactionManager(dataSource);
    }

    private static HikariDataSource pool(DatabaseServer server, String name) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName(name);
        ds.setJdbcUrl(server.url());
        ds.setUsername(server.user());
        if (server.password() != null) {
            ds.setPassword(server.password());
        }
        // multi-row INSERTs for JDBC batches: bulk imports are several times faster
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        return ds;
    }
}
