package io.blackbox.reports.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.blackbox.reports.ReportSubmission;

/**
 * The fields of the two-minute web form, as posted. Multi-valued fields are one value per line; items
 * are parallel lists, one entry per item row.
 */
record ReportForm(String receivedAt, String channel, String kind, String name, String otherNames, String country,
                  String addresses, String emails, String phones, String websites, String identifiers,
                  String endUser, String endUse, List<String> itemDescription, List<String> itemEccn,
                  List<String> itemHsCode, List<String> itemQuantity, List<String> itemValue, List<String> itemCurrency,
                  List<String> redFlags, String redFlagNotes, String action, String narrative, String sharing,
                  String reference, Boolean shareAttachments) {

    static final int ITEM_ROWS = 3;

    ReportForm {
        itemDescription = orEmpty(itemDescription);
        itemEccn = orEmpty(itemEccn);
        itemHsCode = orEmpty(itemHsCode);
        itemQuantity = orEmpty(itemQuantity);
        itemValue = orEmpty(itemValue);
        itemCurrency = orEmpty(itemCurrency);
        redFlags = orEmpty(redFlags);
    }

    static ReportForm blank(String today, String sharing) {
        return new ReportForm(today, "email", "organisation", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, "declined", null, sharing, null, false);
    }

    /** The submission, with the form's problems (a quantity that is no number) left for validation to name. */
    ReportSubmission toSubmission() {
        List<ReportSubmission.Item> items = new ArrayList<>();
        for (int i = 0; i < ITEM_ROWS; i++) {
            String d = at(itemDescription, i);
            String e = at(itemEccn, i);
            String h = at(itemHsCode, i);
            String q = at(itemQuantity, i);
            String v = at(itemValue, i);
            if (d == null && e == null && h == null && q == null && v == null) {
                continue;
            }
            items.add(new ReportSubmission.Item(d, e, null, h, number("items[" + items.size() + "].quantity", q),
                    number("items[" + items.size() + "].value", v), at(itemCurrency, i)));
        }
        ReportSubmission.Party inquirer = new ReportSubmission.Party(kind, name, lines(otherNames), country,
                lines(addresses), lines(emails), lines(phones), lines(websites), lines(identifiers));
        return new ReportSubmission(receivedAt, channel, inquirer, List.of(), endUser, endUse, items, redFlags,
                redFlagNotes, action, narrative, sharing, reference, shareAttachments);
    }

    private static BigDecimal number(String field, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return new BigDecimal(raw.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new io.blackbox.platform.InvalidInputException(field, "'" + raw + "' is not a number");
        }
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null && !values.get(i).isBlank() ? values.get(i).strip() : null;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
