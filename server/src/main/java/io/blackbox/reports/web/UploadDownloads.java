package io.blackbox.reports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.blackbox.platform.NotFoundException;
import io.blackbox.reports.ReportUploads;
import jakarta.servlet.http.HttpServletResponse;

/** What the upload API and pages share: job ids from paths, and the rejected-rows download. */
final class UploadDownloads {

    private UploadDownloads() {
    }

    /** A job id from a path; a malformed one answers like a missing job. */
    static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("job not found");
        }
    }

    /** Streams a job's rejected rows as CSV, after checking the caller may see the job. */
    static void rejectedRows(ReportUploads uploads, String id, HttpServletResponse response) throws IOException {
        UUID job = jobId(id);
        uploads.job(job);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"rejected-" + job + ".csv\"");
        uploads.rejectedRows(job, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }
}
