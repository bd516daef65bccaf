package io.blackbox.engine.lists.importers;

import io.blackbox.engine.lists.Countries;
import io.blackbox.engine.lists.ImportLimits;
import io.blackbox.engine.lists.ImportResult;
import io.blackbox.engine.lists.ListEntity;
import io.blackbox.engine.lists.ListInput;
import io.blackbox.engine.lists.NameKind;
import io.blackbox.engine.lists.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the BIS Denied Persons List legacy file dpl.txt: tab-separated, quoted, a header row with Name,
 * Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date, Standard_Order,
 * Last_Update, Action, FR_Citation. Source {@code us-bis-dpl}.
 *
 * <p>The file has no ids and the same name appears on several rows (one per denial order or address:
 * "AIR FREIGHT LTD" four times), so each row is one entity with id {@code h-} + 16 hex digits of
 * SHA-256 over name, address and effective date; a repeat of all of these gets {@code -2}. The list does not
 * say whether a party is a person or a company: schema LegalEntity. Dates in the file are US month-first.
 */
public final class BisDplImporter {
    public static final String SOURCE = "us-bis-dpl";

    private BisDplImporter() {
    }

    public static ImportResult read(List<ListInput> inputs, ImportLimits limits) {
        IssueLog log = new IssueLog();
        List<ListEntity> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (ListInput in : inputs) {
            String file = in.baseName();
            List<HeaderCsv.Record> rows = HeaderCsv.read(in, limits, log, '\t', TextDecoder.WINDOWS_1252,
                    Set.of("Name", "Street_Address", "City", "Country"));
            if (rows == null) {
                continue;
            }
            for (HeaderCsv.Record r : rows) {
                String name = r.get("Name");
                if (name.isEmpty()) {
                    log.error(file, r.where(), "Name", "row has no name; not imported");
                    continue;
                }
                String street = r.get("Street_Address");
                String city = r.get("City");
                String state = r.get("State");
                String postal = r.get("Postal_Code");
                String country = r.get("Country");
                String code = null;
                if (!country.isEmpty()) {
                    code = Countries.toCode(country).orElse(null);
                    if (code == null) {
                        log.warn(file, r.where(), "Country", "country '" + country + "' is not a known country");
                    }
                }
                String key = String.join("\n", name, street, city, state, country, postal, r.get("Effective_Date"));
                String base = "h-" + io.blackbox.engine.lists.ContentChecksum
                        .sha256(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
                int n = ids.merge(base, 1, Integer::sum);
                EntityBuilder b = new EntityBuilder(SOURCE, n == 1 ? base : base + "-" + n, Schema.LEGAL_ENTITY);
                b.name(name, NameKind.PRIMARY);
                StringBuilder full = new StringBuilder();
                for (String part : new String[]{street, city, state, postal, country}) {
                    if (!part.isEmpty()) {
                        full.append(full.isEmpty() ? "" : ", ").append(part);
                    }
                }
                if (!full.isEmpty()) {
                    b.address(full.toString(), city, code);
                }
                b.program("DPL");
                StringBuilder remarks = new StringBuilder();
                append(remarks, "Effective", r.get("Effective_Date"));
                append(remarks, "Expires", r.get("Expiration_Date"));
                append(remarks, "Standard order", r.get("Standard_Order"));
                append(remarks, "Action", r.get("Action"));
                append(remarks, "Federal Register", r.get("FR_Citation"));
                b.remarks(remarks.toString());
                out.add(b.build());
            }
        }
        return new ImportResult(SOURCE, out, log.issues());
    }

    private static void append(StringBuilder sb, String label, String value) {
        if (!value.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : " ").append(label).append(": ").append(value).append('.');
        }
    }
}
