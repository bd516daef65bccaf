package io.blackbox.reports;

import java.util.List;

/**
 * One page of reports the caller may see.
 *
 * @param total how many reports the caller may see in this scope and search, over all pages
 */
public record ReportPage(List<ReportView> items, int page, int size, long total) {
    public ReportPage {
        items = List.copyOf(items);
    }
}
