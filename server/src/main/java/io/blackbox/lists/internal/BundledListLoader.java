package io.blackbox.lists.internal;

import io.blackbox.lists.ImportOutcome;
import io.blackbox.lists.ListFiles;
import io.blackbox.lists.ListsProperties;
import io.blackbox.platform.Callers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start, imports the lists bundled with the product, so that a fresh installation screens
 * against real lists without any download. Later starts leave the lists as they are: newer versions come
 * from the refresh job or from imports.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "app.platform.bootstrap", havingValue = "true", matchIfMissing = true)
class BundledListLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledListLoader.class);

    private final ListsProperties props;
    private final ListFiles files;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    BundledListLoader(ListsProperties props, ListFiles files, JdbcClient jdbc, TransactionTemplate tx) {
        this.props = props;
        this.files = files;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.loadBundled()) {
            return;
        }
        Callers.runAsSystem("bundled-lists", () -> {
            Integer loaded = tx.execute(s -> jdbc.sql("SELECT count(*) FROM list_version WHERE origin = 'bundled'")
                    .query(Integer.class).single());
            if (loaded != null && loaded > 0) {
                return;
            }
            long start = System.nanoTime();
            var outcomes = files.importBundled();
            long entities = outcomes.stream().mapToLong(ImportOutcome::entities).sum();
            log.info("Loaded the bundled lists: {} sources, {} entities in {} ms", outcomes.size(), entities,
                    (System.nanoTime() - start) / 1_000_000);
        });
    }
}
