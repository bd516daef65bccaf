package io.blackbox.lists.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.blackbox.engine.lists.ContentChecksum;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.lists.ImportOutcome;
import io.blackbox.lists.ListFiles;
import io.blackbox.lists.ListsProperties;
import io.blackbox.lists.OperatorAlerts;
import io.blackbox.platform.Callers;
import io.blackbox.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The refresh job. Off by default. When on, every interval it imports each format folder of the watched
 * folder whose files changed, and downloads each configured URL. A failed download or an unreadable file
 * raises an operator alert and leaves the current version in place.
 */
@Component
public class ListRefresher {

    private static final Logger log = LoggerFactory.getLogger(ListRefresher.class);

    private final ListsProperties props;
    private final ListFiles files;
    private final OperatorAlerts alerts;
    private final Map<String, String> seen = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    ListRefresher(ListsProperties props, ListFiles files, OperatorAlerts alerts) {
        this.props = props;
        this.files = files;
        this.alerts = alerts;
    }

    @Scheduled(initialDelayString = "${app.lists.refresh.interval:PT6H}", fixedDelayString = "${app.lists.refresh.interval:PT6H}")
    void scheduled() {
        if (props.refresh().enabled()) {
            refreshNow();
        }
    }

    /** Runs one refresh pass now and returns what it imported. */
    public synchronized List<ImportOutcome> refreshNow() {
        return Callers.runAsSystem("list-refresh", () -> {
            List<ImportOutcome> outcomes = new ArrayList<>();
            if (props.refresh().watchDir() != null) {
                outcomes.addAll(watchFolder(props.refresh().watchDir()));
            }
            props.refresh().urls().forEach((formatKey, urls) -> outcomes.addAll(download(formatKey, urls)));
            return outcomes;
        });
    }

    private List<ImportOutcome> watchFolder(Path dir) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return outcomes;
        }
        for (ListFormat format : ListFormat.values()) {
            Path folder = dir.resolve(format.key());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> found;
            try (Stream<Path> s = Files.list(folder)) {
                found = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                alerts.raise("list-refresh-failed", format.key(), "cannot list " + folder + ": " + e.getMessage());
                continue;
            }
            if (found.isEmpty()) {
                continue;
            }
            String fingerprint = ContentChecksum.ofFiles(found);
            if (fingerprint.equals(seen.get("dir:" + format.key()))) {
                continue;
            }
            seen.put("dir:" + format.key(), fingerprint);
            outcomes.addAll(importQuietly(format, found, "file:" + folder));
        }
        return outcomes;
    }

    private List<ImportOutcome> download(String formatKey, String urls) {
        ListFormat format;
        try {
            format = ListFormat.fromKey(formatKey);
        } catch (IllegalArgumentException e) {
            alerts.raise("list-refresh-failed", formatKey, "app.lists.refresh.urls." + formatKey + ": " + e.getMessage());
            return List.of();
        }
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("blackbox-refresh");
            List<Path> downloaded = new ArrayList<>();
            for (String url : urls.split(",")) {
                URI uri = URI.create(url.strip());
                String name = Path.of(uri.getPath()).getFileName().toString();
                Path target = tmp.resolve(name.isBlank() ? "download" : name);
                fetch(uri, target);
                downloaded.add(target);
            }
            return importQuietly(format, downloaded, "url:" + urls);
        } catch (IOException | IllegalArgumentException e) {
            log.warn("List download for {} failed: {}", formatKey, e.getMessage());
            alerts.raise("list-refresh-failed", formatKey, "download of " + urls + " failed: " + e.getMessage()
                    + "; the current version stays");
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            deleteQuietly(tmp);
        }
    }

    private void fetch(URI uri, Path target) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("HTTP " + response.statusCode() + " from " + uri);
            }
            long limit = props.refresh().maxDownload().toBytes();
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                for (int n; (n = in.read(buf)) > 0; ) {
                    total += n;
                    if (total > limit) {
                        throw new IOException(uri + " is larger than the download limit of " + limit + " bytes");
                    }
                    out.write(buf, 0, n);
                }
            }
        }
    }

    private List<ImportOutcome> importQuietly(ListFormat format, List<Path> found, String origin) {
        try {
            return files.importFiles(format, found, origin);
        } catch (DomainException e) {
            // already alerted by the importer
            return List.of();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
