package io.blackbox.lists;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the lists module, under {@code app.lists}.
 *
 * @param loadBundled     import the bundled default lists on start for every source that has no version
 *                        yet; default true
 * @param acceptPartial   accept a version whose files had row errors, keeping the valid rows; default false,
 *                        so that a list never shrinks by accident
 * @param refresh         the refresh job
 */
@ConfigurationProperties("app.lists")
public record ListsProperties(Boolean loadBundled, boolean acceptPartial, Refresh refresh) {

    public ListsProperties {
        if (loadBundled == null) {
            loadBundled = true;
        }
        if (refresh == null) {
            refresh = new Refresh(false, null, null, null, null);
        }
    }

    /**
     * The refresh job: off by default, since most installations have no route to the official sites.
     *
     * @param enabled     run the job; default false
     * @param interval    time between runs; default 6 hours
     * @param watchDir    a folder watched for new files: one sub-folder per format key ({@code ofac-sdn/},
     *                    {@code un-xml/}, ...), whose files are imported together when any of them changed
     * @param urls        official download addresses by format key; all files of a format are fetched and
     *                    imported together, e.g. {@code app.lists.refresh.urls.un-xml=https://...}
     * @param maxDownload the largest file a download may have; default 200 MB
     */
    public record Refresh(boolean enabled, Duration interval, Path watchDir, Map<String, String> urls,
                          DataSize maxDownload) {
        public Refresh {
            if (interval == null) {
                interval = Duration.ofHours(6);
            }
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("app.lists.refresh.interval must be positive, was " + interval);
            }
            if (urls == null) {
                urls = Map.of();
            }
            if (maxDownload == null) {
                maxDownload = DataSize.ofMegabytes(200);
            }
        }
    }
}
