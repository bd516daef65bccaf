package io.blackbox.lists;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.blackbox.engine.lists.BundledLists;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListFormat;
import io.blackbox.engine.lists.ListImporters;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/** Imports list files from disk, uploads and the bundled defaults, and reports a file that cannot be read. */
@Service
public class ListFiles {

    private final ListImports imports;
    private final OperatorAlerts alerts;

    ListFiles(ListImports imports, OperatorAlerts alerts) {
        this.imports = imports;
        this.alerts = alerts;
    }

    /** Reads and publishes files of one format; {@code origin} describes them for the version record. */
    public List<ImportOutcome> importFiles(ListFormat format, List<Path> files, String origin) {
        List<ImportResult> results;
        try {
            results = ListImporters.read(format, files);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            String message = "cannot read " + files.stream().map(p -> p.getFileName().toString())
                    .collect(Collectors.joining(", ")) + " as " + format.key() + ": " + e.getMessage();
            alerts.raise("list-import-failed", format.key(), message);
            throw new InvalidInputException("files", message);
        }
        return imports.publish(results, format, origin, Instant.now(), null);
    }

    /** Reads and publishes uploaded files; {@code owner} is the member whose own list this is, or null. */
    public List<ImportOutcome> importUpload(ListFormat format, List<ListInput> inputs, String source, UUID owner) {
        List<ImportResult> results;
        try {
            results = ListImporters.readInputs(format, inputs, ImportLimits.defaults(), source);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        if (owner != null) {
            for (ImportResult r : results) {
                if (!r.source().equals(source)) {
                    throw new InvalidInputException("file", "the file names the list '" + r.source()
                            + "'; a member's own list must be '" + source + "'");
                }
            }
        }
        return imports.publish(results, format, "upload", Instant.now(), owner);
    }

    /** Publishes the lists bundled with the product. */
    public List<ImportOutcome> importBundled() {
        List<ImportOutcome> outcomes = new java.util.ArrayList<>();
        for (var group : BundledLists.groups().values()) {
            ListFormat format = group.getFirst().format();
            List<ImportResult> results = BundledLists.load(group);
            outcomes.addAll(imports.publish(results, format, "bundled", Instant.now(), null));
        }
        return outcomes;
    }
}
