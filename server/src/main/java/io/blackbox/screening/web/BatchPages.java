package io.blackbox.screening.web;

import java.io.IOException;
import java.util.UUID;

import io.blackbox.platform.DomainException;
import io.blackbox.platform.NotFoundException;
import io.blackbox.screening.BatchScreenings;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Batch upload with a progress bar that htmx refreshes, and result downloads. */
@Controller
class BatchPages {

    private final BatchScreenings batches;

    BatchPages(BatchScreenings batches) {
        this.batches = batches;
    }

    @GetMapping("/screening/batch")
    String page(Model model) {
        model.addAttribute("jobs", batches.jobs());
        return "screening/batch";
    }

    @PostMapping("/screening/batch")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            var job = batches.submit(file.getOriginalFilename(), file.getInputStream(), null);
            return "redirect:/screening/batch/" + job.id();
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
            return page(model);
        }
    }

    @GetMapping("/screening/batch/{id}")
    String job(@PathVariable UUID id, Model model) {
        model.addAttribute("job", batches.job(id).orElseThrow(() -> new NotFoundException("no such job")));
        return "screening/job";
    }

    /** The progress fragment, polled by htmx until the job ends. */
    @GetMapping("/screening/batch/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        model.addAttribute("job", batches.job(id).orElseThrow(() -> new NotFoundException("no such job")));
        return "screening/job :: progress";
    }

    @GetMapping("/screening/batch/{id}/results")
    void download(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response)
            throws IOException {
        batches.job(id).orElseThrow(() -> new NotFoundException("no such job"));
        response.setContentType(format.equals("xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : format.equals("json") ? "application/x-ndjson" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"screening-" + id + "." + format + "\"");
        batches.export(id, format, response.getOutputStream());
    }
}
