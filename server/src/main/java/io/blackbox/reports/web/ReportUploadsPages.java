package io.blackbox.reports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.blackbox.platform.InvalidInputException;
import io.blackbox.reports.ReportUploads;
import io.blackbox.reports.internal.ColumnMapping;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bulk upload page: saved mappings, uploads, a job's progress, and its rejected rows. */
@Controller
class ReportUploadsPages {

    private final ReportUploads uploads;

    ReportUploadsPages(ReportUploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/reports/bulk")
    String bulk(Model model) {
        model.addAttribute("fields", ColumnMapping.FIELDS);
        model.addAttribute("mappings", uploads.mappings());
        model.addAttribute("jobs", uploads.jobs());
        return "reports/bulk";
    }

    /** A mapping typed as one {@code Column = field} pair per line. */
    @PostMapping("/reports/bulk/mappings")
    String saveMapping(@RequestParam String name, @RequestParam String columns, RedirectAttributes redirect) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : ReportForm.lines(columns)) {
            int eq = line.lastIndexOf('=');
            if (eq <= 0) {
                redirect.addFlashAttribute("error", "'" + line + "' is not 'Your column = field'");
                return "redirect:/reports/bulk";
            }
            map.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        try {
            uploads.saveMapping(name, map);
            redirect.addFlashAttribute("notice", "Mapping '" + name + "' saved.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/reports/bulk";
    }

    @PostMapping("/reports/bulk")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String mapping,
                  RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new InvalidInputException("file", "choose a file to upload");
            }
            ReportUploads.Job job = uploads.start(null, file.getOriginalFilename(), mapping, file.getInputStream());
            return "redirect:/reports/bulk/" + job.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/reports/bulk";
        }
    }

    @GetMapping("/reports/bulk/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute("job", uploads.job(UploadDownloads.jobId(id)));
        return "reports/job";
    }

    /** The progress fragment the job page polls. */
    @GetMapping("/reports/bulk/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        model.addAttribute("job", uploads.job(UploadDownloads.jobId(id)));
        return "reports/job :: progress";
    }

    @GetMapping("/reports/bulk/{id}/rejected")
    void rejected(@PathVariable String id, HttpServletResponse response) throws IOException {
        UploadDownloads.rejectedRows(uploads, id, response);
    }
}
