package io.blackbox.reports;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A suspect-inquiry report as a member submits it (the JSON of {@code POST /api/v1/reports}, a form, or
 * one mapped row of a bulk file). Values are kept as given; {@link Reports} validates them field by field
 * and normalises them. Missing lists are empty, never null.
 *
 * @param receivedAt       the day the inquiry arrived, {@code yyyy-mm-dd}
 * @param channel          email, web-form, trade-fair, phone or distributor
 * @param inquirer         the inquiring party (an organisation or a person)
 * @param persons          further people acting for the inquirer
 * @param endUser          the end user the inquirer claimed
 * @param endUse           the end use the inquirer claimed
 * @param items            the items sought
 * @param redFlags         codes of the BIS red-flag taxonomy, e.g. {@code BIS-02}
 * @param redFlagNotes     red flags in the member's own words
 * @param action           what the member did: declined, referred, licence-denied or pending
 * @param narrative        the story of the inquiry
 * @param sharing          operator, members or members+government; the member's default when absent
 * @param reference        the member's own reference; never shown to other members
 * @param shareAttachments whether other members may open the attachments; the member's default when absent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSubmission(
        @Schema(example = "2026-01-05") String receivedAt,
        @Schema(example = "email") String channel,
        Party inquirer,
        List<Party> persons,
        String endUser,
        @Schema(example = "Calibration of gas centrifuge rotors") String endUse,
        List<Item> items,
        @Schema(example = "[\"BIS-02\", \"BIS-10\"]") List<String> redFlags,
        String redFlagNotes,
        @Schema(example = "declined") String action,
        String narrative,
        @Schema(example = "members", allowableValues = {"operator", "members", "members+government"}) String sharing,
        @Schema(example = "KYC-2026-0117") String reference,
        Boolean shareAttachments) {

    public ReportSubmission {
        persons = persons == null ? List.of() : List.copyOf(persons);
        items = items == null ? List.of() : List.copyOf(items);
        redFlags = redFlags == null ? List.of() : redFlags.stream().map(f -> f == null ? "" : f).toList();
    }

    /**
     * An inquiring organisation or person, as given.
     *
     * @param kind        organisation or person; organisation when absent
     * @param name        the name in any script
     * @param names       other spellings or names seen
     * @param country     ISO 3166 code or English name
     * @param identifiers registration, tax or other ids
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Party(
            @Schema(example = "organisation") String kind,
            @Schema(example = "Rahim Trading FZE") String name,
            List<String> names,
            @Schema(example = "AE") String country,
            List<String> addresses,
            List<String> emails,
            List<String> phones,
            List<String> websites,
            List<String> identifiers) {

        public Party {
            names = clean(names);
            addresses = clean(addresses);
            emails = clean(emails);
            phones = clean(phones);
            websites = clean(websites);
            identifiers = clean(identifiers);
        }

        private static List<String> clean(List<String> values) {
            return values == null ? List.of()
                    : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        }
    }

    /**
     * An item sought.
     *
     * @param eccn   an Export Control Classification Number of the Commerce Control List, or EAR99
     * @param euCode an EU dual-use code (Regulation 2021/821 Annex I), e.g. {@code 2B201}
     * @param hsCode a Harmonized System code, 4 to 10 digits
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(example = "5-axis machining centre") String description,
            @Schema(example = "2B001") String eccn,
            String euCode,
            @Schema(example = "8458") String hsCode,
            @Schema(example = "2") BigDecimal quantity,
            BigDecimal value,
            @Schema(example = "EUR") String currency) {
    }
}
