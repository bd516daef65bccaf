package io.blackbox.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.blackbox.Api;
import io.blackbox.IntegrationTest;
import io.blackbox.SharedData;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.lists.internal.ListRefresher;
import io.blackbox.platform.Callers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bundled lists on first start, versions and deltas on real OFAC snapshots, rejection and refresh. */
@IntegrationTest
class ListsIntegrationTests {

    @Autowired
    Lists lists;

    @Autowired
    ListFiles files;

    @Autowired
    ListRefresher refresher;

    @Autowired
    OperatorAlerts alerts;

    @LocalServerPort
    int port;

    @Test
    void theBundledListsAreLoadedOnFirstStart() {
        Map<String, ListSource> sources = new java.util.HashMap<>();
        Callers.runAsSystem("test", lists::sources).forEach(s -> sources.put(s.key(), s));
        assertThat(sources).containsKeys("us-ofac-sdn", "us-ofac-cons", "un-sc", "us-bis-dpl", "eu-annexes",
                "us-dod-1260h", "us-bis-mieu", "us-csl-el", "us-csl-sdn", "us-csl-dpl", "us-csl-meu");
        assertThat(sources.get("us-ofac-cons").entityCount()).isEqualTo(442);
        assertThat(sources.get("un-sc").entityCount()).isEqualTo(730 + 273);
        assertThat(sources.values()).allMatch(s -> s.currentVersion() >= 1);
        var versions = Callers.runAsSystem("test", () -> lists.versions("un-sc"));
        assertThat(versions.getLast().origin()).isEqualTo("bundled");
    }

    @Test
    void theMay3DeltaContainsThatDaysRealRemovals() {
        Path may2 = SharedData.path("lists", "ofac-sdn-daily-2024", "sdn-2024-05-02.csv");
        Path may3 = SharedData.path("lists", "ofac-sdn-daily-2024", "sdn-2024-05-03.csv");
        try {
            Callers.runAsSystem("test", () -> files.importFiles(ListFormat.OFAC_SDN, List.of(may2), "file:may2"));
            ImportOutcome o = Callers.runAsSystem("test",
                    () -> files.importFiles(ListFormat.OFAC_SDN, List.of(may3), "file:may3")).getFirst();
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.PUBLISHED);
            assertThat(o.entities()).isEqualTo(14965);
            assertThat(o.removed()).isEqualTo(8);
            assertThat(o.added()).isZero();

            Api api = new Api(port);
            Api.Response r = api.get("/api/v1/lists/us-ofac-sdn/versions/" + o.version() + "/delta?kind=removed",
                    IntegrationTest.ADMIN_KEY);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("us-ofac-sdn:38556", "EMPEROR AVIATION LTD", "us-ofac-sdn:38566", "9H-TIO");
            // the removed entity stays readable, marked as removed
            Lists.StoredEntity emperor = Callers.runAsSystem("test", () -> lists.entity("us-ofac-sdn:38556")).orElseThrow();
            assertThat(emperor.validTo()).isEqualTo(o.version());
            // and the list as of May 2 still has it
            assertThat(Callers.runAsSystem("test", () -> lists.asOf("us-ofac-sdn", o.version() - 1)))
                    .anyMatch(e -> e.id().equals("us-ofac-sdn:38556"));
        } finally {
            Callers.runAsSystem("test", files::importBundled);
        }
        assertThat(Callers.runAsSystem("test", () -> lists.source("us-ofac-sdn")).orElseThrow().entityCount())
                .isEqualTo(15443);
    }

    @Test
    void aChangedEntityGetsAFieldLevelDiffAndTheSameContentNoNewVersion() {
        String source = "test-" + UUID.randomUUID().toString().substring(0, 8);
        publish(source, "id,name,country\n1,Alpha Trading LLC,AE\n2,Beta Machinery GmbH,DE\n");
        publish(source, "id,name,country\n1,Alpha Trading LLC,IR\n3,Gamma Valves Co,CN\n");
        List<ImportOutcome> same = publish(source, "id,name,country\n1,Alpha Trading LLC,IR\n3,Gamma Valves Co,CN\n");
        assertThat(same.getFirst().status()).isEqualTo(ImportOutcome.Status.UNCHANGED);
        assertThat(same.getFirst().version()).isEqualTo(2);

        Lists.DeltaPage delta = Callers.runAsSystem("test", () -> lists.delta(source, 2, null, 100, 0));
        assertThat(delta.entries()).extracting(Lists.DeltaEntry::entityId, Lists.DeltaEntry::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(source + ":1", "changed"),
                        org.assertj.core.groups.Tuple.tuple(source + ":2", "removed"),
                        org.assertj.core.groups.Tuple.tuple(source + ":3", "added"));
        var changed = delta.entries().stream().filter(e -> e.kind().equals("changed")).findFirst().orElseThrow();
        assertThat(changed.fields().toString()).contains("countries").contains("AE").contains("IR");
    }

    @Test
    void aFileWithErrorsIsRejectedWholeAndTheCurrentVersionStays() {
        String source = "test-" + UUID.randomUUID().toString().substring(0, 8);
        publish(source, "id,name\n1,Alpha Trading LLC\n2,Beta Machinery GmbH\n3,Gamma Valves Co\n");
        List<ImportOutcome> bad = publish(source, "id,name\n1,Alpha Trading LLC\n2,\"unterminated\n");
        assertThat(bad.getFirst().status()).isEqualTo(ImportOutcome.Status.REJECTED);
        assertThat(bad.getFirst().version()).isEqualTo(1);
        ListSource s = Callers.runAsSystem("test", () -> lists.source(source)).orElseThrow();
        assertThat(s.entityCount()).isEqualTo(3);
        assertThat(s.lastError()).contains("rejected").contains("version 1 kept");
        assertThat(Callers.runAsSystem("test", alerts::open)).anyMatch(a -> a.subject().equals(source)
                && a.kind().equals("list-import-rejected"));
    }

    @Test
    void theRefreshJobImportsAWatchedFolderAndAlertsOnAFailedDownload() throws Exception {
        Path folder = Path.of("target", "test-watch", "custom-csv");
        Files.createDirectories(folder);
        String name = "watched-" + UUID.randomUUID().toString().substring(0, 6);
        Files.writeString(folder.resolve("list.csv"), "id,name\nw1,Watched Front Company Ltd\n", StandardCharsets.UTF_8);
        List<ImportOutcome> outcomes = refresher.refreshNow();
        assertThat(outcomes).anyMatch(o -> o.source().equals("custom") && o.status() == ImportOutcome.Status.PUBLISHED);
        // unchanged files are not imported again
        assertThat(refresher.refreshNow()).noneMatch(o -> o.source().equals("custom"));
        // the configured download address refuses connections: alert raised, the UN list keeps its version
        int unVersion = Callers.runAsSystem("test", () -> lists.source("un-sc")).orElseThrow().currentVersion();
        assertThat(Callers.runAsSystem("test", alerts::open))
                .anyMatch(a -> a.kind().equals("list-refresh-failed") && a.subject().equals("un-xml"));
        assertThat(Callers.runAsSystem("test", () -> lists.source("un-sc")).orElseThrow().currentVersion())
                .isEqualTo(unVersion);
        Files.delete(folder.resolve("list.csv"));
        assertThat(name).isNotEmpty();
    }

    @Test
    void anXmlFileWithAnExternalEntityIsRefused() throws Exception {
        Path xml = Files.createTempFile("evil", ".xml");
        Files.writeString(xml, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>"
                + "</CONSOLIDATED_LIST>");
        int before = Callers.runAsSystem("test", () -> lists.source("un-sc")).orElseThrow().currentVersion();
        List<ImportOutcome> o = Callers.runAsSystem("test", () -> files.importFiles(ListFormat.UN_XML, List.of(xml), "file:evil"));
        assertThat(o).allMatch(x -> x.status() == ImportOutcome.Status.REJECTED);
        assertThat(o.getFirst().issues().toString()).containsIgnoringCase("DOCTYPE");
        assertThat(Callers.runAsSystem("test", () -> lists.source("un-sc")).orElseThrow().currentVersion()).isEqualTo(before);
    }

    private List<ImportOutcome> publish(String source, String csv) {
        return Callers.runAsSystem("test", () -> files.importUpload(ListFormat.CUSTOM_CSV,
                List.of(new ListInput(source + ".csv", csv.getBytes(StandardCharsets.UTF_8))), source, null));
    }
}
