package io.blackbox.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.blackbox.IntegrationTest;
import io.blackbox.platform.Callers;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Organisations;
import io.blackbox.platform.RandomIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/** Screenings are stored and audited in batches that gather what arrives close together. */
@IntegrationTest
class ScreeningLogIntegrationTests {

    @Autowired
    ScreeningLog screeningLog;

    @Autowired
    Organisations organisations;

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Test
    void screeningsArrivingWithinTheLingerShareOneTransaction() throws InterruptedException {
        UUID org = Callers.runAsSystem("test",
                () -> organisations.create("Batch " + UUID.randomUUID(), OrganisationKind.MEMBER)).id();
        List<UUID> ids = new ArrayList<>();
        Party party = Party.parse(List.of("Batch Probe Trading"), null, List.of(), List.of(), List.of(), null, null,
                null, null);
        for (int i = 0; i < 4; i++) {
            ScreeningResult r = new ScreeningResult(RandomIds.next(), Instant.now(), "batch-" + i, party, List.of(),
                    List.of(), List.of());
            ids.add(r.id());
            screeningLog.submit(org, "test", party.counterpartyKey(), r, null);
            Thread.sleep(2); // apart, but well within the linger: without it each would be a batch of its own
        }
        for (UUID id : ids) {
            screeningLog.awaitWritten(id);
            assertThat(screeningLog.pending(id, org)).isEmpty();
        }
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        String in = String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
        assertThat(owner.queryForObject("SELECT count(*) FROM screening WHERE id IN (" + in + ")", Integer.class))
                .isEqualTo(4);
        // one batch: one transaction, whose audit entries share one time
        List<Instant> times = owner.queryForList("SELECT DISTINCT at FROM audit_log WHERE action = 'screening.create'"
                + " AND target_id IN (" + in + ")", java.sql.Timestamp.class).stream().map(java.sql.Timestamp::toInstant)
                .toList();
        assertThat(times).hasSize(1);
    }
}
