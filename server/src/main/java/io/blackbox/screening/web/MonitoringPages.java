package io.blackbox.screening.web;

import java.util.List;

import io.blackbox.platform.DomainException;
import io.blackbox.screening.Monitoring;
import io.blackbox.screening.Party;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portfolio page and the alerts page. */
@Controller
class MonitoringPages {

    private final Monitoring monitoring;

    MonitoringPages(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GetMapping("/portfolio")
    String portfolio(Model model) {
        model.addAttribute("entries", monitoring.portfolio(500, 0));
        return "screening/portfolio";
    }

    @PostMapping("/portfolio")
    String add(@RequestParam String externalId, @RequestParam String name, @RequestParam(required = false) String schema,
               @RequestParam(required = false) String country, Model model) {
        try {
            monitoring.add(externalId, Party.parse(List.of(name), schema, country == null ? List.of() : List.of(country),
                    List.of(), null, null, null, null, null));
            return "redirect:/portfolio";
        } catch (DomainException e) {
            model.addAttribute("error", (e.field() == null ? "" : e.field() + ": ") + e.getMessage());
            return portfolio(model);
        }
    }

    @PostMapping("/portfolio/{externalId}/remove")
    String remove(@PathVariable String externalId) {
        monitoring.remove(externalId);
        return "redirect:/portfolio";
    }

    @GetMapping("/alerts")
    String alerts(Model model) {
        model.addAttribute("alerts", monitoring.alerts(false, 200));
        return "screening/alerts";
    }

    @PostMapping("/alerts/{id}/seen")
    String seen(@PathVariable long id) {
        monitoring.markSeen(id);
        return "redirect:/alerts";
    }
}
