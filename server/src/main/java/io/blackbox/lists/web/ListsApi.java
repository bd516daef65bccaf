package io.blackbox.lists.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.importers.FtmJson;
import io.blackbox.lists.ImportOutcome;
import io.blackbox.lists.ListFiles;
import io.blackbox.lists.ListSource;
import io.blackbox.lists.ListVersion;
import io.blackbox.lists.Lists;
import io.blackbox.lists.OperatorAlerts;
import io.blackbox.platform.Callers;
import io.blackbox.platform.InvalidInputException;
import io.blackbox.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Lists, versions, deltas, entities and a quick name look-up over REST; imports for operators. */
@RestController
@RequestMapping("/api/v1/lists")
@Tag(name = "Lists", description = "Restricted-party lists, their versions and deltas")
class ListsApi {

    private final Lists lists;
    private final ListFiles files;
    private final OperatorAlerts alerts;

    ListsApi(Lists lists, ListFiles files, OperatorAlerts alerts) {
        this.lists = lists;
        this.files = files;
        this.alerts = alerts;
    }

    @GetMapping
    @Operation(summary = "Every list the caller sees, with its current version and size")
    List<ListSource> sources() {
        return lists.sources();
    }

    @GetMapping("/{source}/versions")
    @Operation(summary = "The versions of a list, newest first")
    List<ListVersion> versions(@PathVariable String source) {
        return lists.versions(source);
    }

    @GetMapping("/{source}/versions/{version}/delta")
    @Operation(summary = "What a version added, removed and changed, with a field-level diff for changes")
    Lists.DeltaPage delta(@PathVariable String source, @PathVariable int version,
                          @RequestParam(required = false) String kind,
                          @RequestParam(defaultValue = "200") int limit,
                          @RequestParam(defaultValue = "0") int offset) {
        return lists.delta(source, version, kind, limit, offset);
    }

    @GetMapping("/{source}/versions/{version}/issues")
    @Operation(summary = "The warnings the import of a version recorded (entities taken with a loss or repair)")
    List<String> issues(@PathVariable String source, @PathVariable int version) {
        return lists.issues(source, version);
    }

    @PostMapping(value = "/own/{name}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a member's own list (custom CSV: id,name and optional aliases,type,country,dob,address); "
            + "only that member sees it. Each upload is the list's next version.")
    List<ImportOutcome> importOwn(@PathVariable String name, @RequestParam("file") MultipartFile upload) {
        var caller = Callers.require();
        if (caller.orgKind() != io.blackbox.platform.OrganisationKind.MEMBER) {
            throw new io.blackbox.platform.AccessRefusedException("own lists are for member firms");
        }
        if (!name.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new InvalidInputException("name", "the list name must be 1 to 41 lower-case letters, digits and dashes");
        }
        String source = ownSource(caller.orgId(), name);
        try {
            return files.importUpload(ListFormat.CUSTOM_CSV, List.of(new ListInput(
                    upload.getOriginalFilename() == null ? "upload.csv" : upload.getOriginalFilename(), upload.getBytes())),
                    source, caller.orgId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member's own list key: stable per organisation and name, and distinct from every public list. */
    static String ownSource(java.util.UUID org, String name) {
        return "own-" + org.toString().substring(0, 8) + "-" + name;
    }

    @GetMapping("/entities/{id}")
    @Operation(summary = "One list entity with every name, address, identifier and its provenance")
    Lists.StoredEntity entity(@PathVariable String id) {
        return lists.entity(id).orElseThrow(() -> new NotFoundException("not found"));
    }

    @GetMapping("/search")
    @Operation(summary = "Quick name look-up by trigram similarity (screening with scores and reasons is /api/v1/screenings)")
    List<Lists.LookupHit> search(@RequestParam String q, @RequestParam(required = false) String source,
                                 @RequestParam(defaultValue = "20") int limit) {
        return lists.lookup(q, source, limit);
    }

    @GetMapping(value = "/{source}/export", produces = "application/x-ndjson")
    @Operation(summary = "The current version as FollowTheMoney entity JSON lines")
    void export(@PathVariable String source, HttpServletResponse response) throws IOException {
        ListSource s = lists.source(source).orElseThrow(() -> new NotFoundException("not found"));
        List<ListEntity> entities = lists.asOf(s.key(), s.currentVersion());
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + s.key() + ".ftm.json\"");
        try (var writer = new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            FtmJson.write(entities, writer);
        }
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import files of one format as the next version of their lists (operator administrators). "
            + "Files with errors are rejected whole; the current version stays.")
    List<ImportOutcome> importFiles(@RequestParam String format, @RequestParam("file") List<MultipartFile> uploads) {
        ListFormat f;
        try {
            f = ListFormat.fromKey(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", e.getMessage());
        }
        if (uploads == null || uploads.isEmpty()) {
            throw new InvalidInputException("file", "no file uploaded");
        }
        List<ListInput> inputs = new ArrayList<>();
        for (MultipartFile u : uploads) {
            try {
                inputs.add(new ListInput(u.getOriginalFilename() == null ? "upload" : u.getOriginalFilename(),
                        u.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files.importUpload(f, inputs, null, null);
    }

    @GetMapping("/alerts")
    @Operation(summary = "Open operator alerts: failed refreshes and rejected imports (operator staff)")
    List<OperatorAlerts.Alert> alerts() {
        if (!Callers.require().isOperatorStaff()) {
            throw new io.blackbox.platform.AccessRefusedException("operator alerts are for operator staff");
        }
        return alerts.open();
    }
}
