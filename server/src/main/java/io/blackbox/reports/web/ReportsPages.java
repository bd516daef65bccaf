package io.blackbox.reports.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.blackbox.platform.Caller;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.OrganisationKind;
import io.blackbox.platform.Role;
import io.blackbox.reports.ReportReview;
import io.blackbox.reports.Reports;
import io.blackbox.reports.internal.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: new report, my reports, the shared feed (blinded), one report, and the operator's queue. */
@Controller
class ReportsPages {

    private final Reports reports;
    private final ReportReview review;
    private final ReferenceData reference;

    ReportsPages(Reports reports, ReportReview review, ReferenceData reference) {
        this.reports = reports;
        this.review = review;
        this.reference = reference;
    }

    @GetMapping("/reports")
    String mine(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = Callers.require();
        if (caller.orgKind() != OrganisationKind.MEMBER) {
            return caller.is(Role.OPERATOR_ANALYST) || caller.is(Role.OPERATOR_ADMIN)
                    ? "redirect:/reports/queue" : "redirect:/reports/shared";
        }
        model.addAttribute("page", reports.page(Reports.Scope.OWN, q, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("scope", "own");
        return "reports/list";
    }

    @GetMapping("/reports/shared")
    String shared(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", reports.page(Reports.Scope.SHARED, q, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("scope", "shared");
        return "reports/list";
    }

    @GetMapping("/reports/new")
    String form(Model model) {
        model.addAttribute("form", ReportForm.blank(LocalDate.now(ZoneOffset.UTC).toString(),
                reports.settings().defaultSharing().key()));
        return formPage(model);
    }

    @PostMapping("/reports/new")
    String submit(@ModelAttribute("form") ReportForm form, Model model, RedirectAttributes redirect) {
        try {
            Reports.Submitted s = reports.submit(form.toSubmission(), null);
            redirect.addFlashAttribute("notice", "Report stored and screened against the lists.");
            return "redirect:/reports/" + s.id();
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorField", e.field());
            return formPage(model);
        } catch (io.blackbox.platform.ConflictException e) {
            model.addAttribute("error", e.getMessage());
            return formPage(model);
        }
    }

    private String formPage(Model model) {
        model.addAttribute("redFlags", reference.redFlagsInOrder());
        model.addAttribute("itemRows", java.util.stream.IntStream.range(0, ReportForm.ITEM_ROWS).boxed().toList());
        return "reports/new";
    }

    /** ECCN suggestions for the form's autocomplete: options of a datalist. */
    @GetMapping("/reports/eccns")
    String eccns(@RequestParam(name = "itemEccn", defaultValue = "") String prefix, Model model) {
        model.addAttribute("eccns", prefix.isBlank() ? java.util.Map.of() : reference.eccnsStartingWith(prefix, 15));
        return "reports/eccns :: options";
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable String id, Model model) {
        model.addAttribute("report", reports.find(ReportsApi.parse(id)));
        Caller caller = Callers.require();
        model.addAttribute("reviewer", caller.is(Role.OPERATOR_ANALYST) || caller.is(Role.OPERATOR_ADMIN));
        model.addAttribute("redFlags", reference.redFlagsInOrder());
        return "reports/report";
    }

    @PostMapping("/reports/{id}/retract")
    String retract(@PathVariable String id, @RequestParam(required = false) String reason) {
        review.retract(ReportsApi.parse(id), reason);
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/messages")
    String message(@PathVariable String id, @RequestParam String message) {
        review.message(ReportsApi.parse(id), message);
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/accept")
    String accept(@PathVariable String id, @RequestParam(required = false) String note) {
        review.accept(ReportsApi.parse(id), note);
        return "redirect:/reports/queue";
    }

    @PostMapping("/reports/{id}/reject")
    String reject(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            review.reject(ReportsApi.parse(id), reason);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
            return "redirect:/reports/" + id;
        }
        return "redirect:/reports/queue";
    }

    @GetMapping("/reports/queue")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", review.queue(page, 50));
        return "reports/queue";
    }

    static UUID id(String raw) {
        return ReportsApi.parse(raw);
    }
}
