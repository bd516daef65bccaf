package io.blackbox.screening.web;

import java.util.List;
import java.util.Map;

import io.blackbox.platform.NotFoundException;
import io.blackbox.screening.Monitoring;
import io.blackbox.screening.PortfolioEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring: the portfolio of counterparties, their alerts, and the alert webhook. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Monitoring", description = "Portfolios re-screened on every list change, alerts and webhooks")
class MonitoringApi {

    private final Monitoring monitoring;

    MonitoringApi(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    @PostMapping("/portfolio")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a counterparty to the portfolio (same fields as a screening, plus externalId); "
            + "an entry with the same externalId is replaced")
    PortfolioEntry add(@RequestBody PortfolioRequest body) {
        return monitoring.add(body.externalId(), body.screening().party());
    }

    @GetMapping("/portfolio")
    List<PortfolioEntry> portfolio(@RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return monitoring.portfolio(limit, offset);
    }

    @GetMapping("/portfolio/{externalId}")
    PortfolioEntry entry(@PathVariable String externalId) {
        return monitoring.entry(externalId).orElseThrow(() -> new NotFoundException("not found"));
    }

    @DeleteMapping("/portfolio/{externalId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String externalId) {
        monitoring.remove(externalId);
    }

    @GetMapping("/alerts")
    @Operation(summary = "New and changed hits on the portfolio, newest first")
    List<Monitoring.Alert> alerts(@RequestParam(defaultValue = "false") boolean unseen,
                                  @RequestParam(defaultValue = "100") int limit) {
        return monitoring.alerts(unseen, limit);
    }

    @PostMapping("/alerts/{id}/seen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(@PathVariable long id) {
        monitoring.markSeen(id);
    }

    @PutMapping("/webhook")
    @Operation(summary = "Set the alert webhook; the answer holds the signing secret, shown once. Deliveries carry "
            + "X-BlackBox-Signature: sha256=<hex HMAC-SHA256 of the body with the secret>")
    Map<String, String> webhook(@RequestBody WebhookRequest body) {
        return Map.of("url", body.url(), "secret", monitoring.setWebhook(body.url()));
    }

    @DeleteMapping("/webhook")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeWebhook() {
        monitoring.removeWebhook();
    }

    /** A portfolio entry: the counterparty's own id in the member's systems, and the screening fields. */
    record PortfolioRequest(String externalId, String name, List<String> names, String schema, String type,
                            String country, List<String> countries, String dob,
                            List<io.blackbox.screening.Party.IdentifierInput> identifiers, String address, String email,
                            String phone, String website) {
        ScreeningsApi.ScreeningRequest screening() {
            return new ScreeningsApi.ScreeningRequest(name, names, schema, type, country, countries, dob, identifiers,
                    address, email, phone, website, null, null, null);
        }
    }

    record WebhookRequest(String url) {
    }
}
