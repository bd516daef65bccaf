package io.blackbox.engine.linking;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNormalisationTests {

    @Test
    void phonesBecomeE164WhateverTheNotation() {
        assertThat(Phones.normalise("+971 4 555 0100", null)).isEqualTo("+97145550100");
        assertThat(Phones.normalise("00971-4-555-0100", null)).isEqualTo("+97145550100");
        assertThat(Phones.normalise("(04) 555 0100", "AE")).isEqualTo("+97145550100");
        assertThat(Phones.normalise("+44 (0)20 7946 0018", null)).isEqualTo("+442079460018");
        assertThat(Phones.normalise("030 1234567", null)).isEqualTo("#301234567");
        assertThat(Phones.normalise("+49 30 1234567 ext. 12", null)).isEqualTo("+49301234567");
    }

    @Test
    void rejectsWhatIsNotAPhoneNumber() {
        assertThat(Phones.normalise("call me", null)).isNull();
        assertThat(Phones.normalise("12345", "DE")).isNull();
        assertThat(Phones.normalise("+1234567890123456789", null)).isNull();
    }

    @Test
    void emailsAreLowerCasedAndValidated() {
        assertThat(Emails.normalise(" Sales@Alpha-Tech.AE ")).isEqualTo("sales@alpha-tech.ae");
        assertThat(Emails.normalise("mailto:x@y.com")).isEqualTo("x@y.com");
        assertThat(Emails.normalise("sales(at)alpha.ae")).isNull();
        assertThat(Emails.normalise("sales@localhost")).isNull();
        assertThat(Emails.domain("https://www.Alpha-Tech.ae/contact?x=1")).isEqualTo("alpha-tech.ae");
        assertThat(Emails.isWebmail("163.com")).isTrue();
        assertThat(Emails.isWebmail("alpha-tech.ae")).isFalse();
    }

    @Test
    void countriesAcceptCodesAndNames() {
        assertThat(Countries.toAlpha2("ARE")).isEqualTo("AE");
        assertThat(Countries.toAlpha2("United Arab Emirates")).isEqualTo("AE");
        assertThat(Countries.toAlpha2("UAE")).isEqualTo("AE");
        assertThat(Countries.toAlpha2("de")).isEqualTo("DE");
        assertThat(Countries.toAlpha2("Atlantis")).isNull();
    }

    @Test
    void datesInCommonShapes() {
        assertThat(RecordPreparer.normaliseDate("1961-05-07")).isEqualTo("19610507");
        assertThat(RecordPreparer.normaliseDate("07/05/1961")).isEqualTo("19610507");
        assertThat(RecordPreparer.normaliseDate("19610507")).isEqualTo("19610507");
        assertThat(RecordPreparer.normaliseDate("1961")).isEqualTo("1961");
        assertThat(RecordPreparer.normaliseDate("yesterday")).isNull();
    }

    @Test
    void namesLoseLegalFormsAndScript() {
        BasicNameNormaliser n = new BasicNameNormaliser(true);
        assertThat(n.normalise("Alpha Tech Trading L.L.C.")).isEqualTo("alpha tech trading");
        assertThat(n.normalise("ALPHA-TECH FZE")).isEqualTo("alpha tech");
        assertThat(n.normalise("Müller GmbH")).isEqualTo("muller");
        assertThat(n.normalise("ООО Ромашка")).isEqualTo("romaska");
        assertThat(n.normalise("LLC")).isEqualTo("llc");
    }

    @Test
    void malformedValuesAreDroppedWithAWarningNamingTheRecord() {
        List<LinkIssue> issues = new ArrayList<>();
        PreparedRecord p = new RecordPreparer(new BasicNameNormaliser(true)).prepare(new LinkRecord("r7", "Alpha",
                null, "AE", "not-an-email; ok@alpha.ae", "abc", "www.alpha.ae", "0000", "31/31/2020"), issues::add);
        assertThat(p.emails).containsExactly("ok@alpha.ae");
        assertThat(p.phones).isEmpty();
        assertThat(p.domains).containsExactly("alpha.ae");
        assertThat(issues).extracting(LinkIssue::recordId).containsOnly("r7");
        assertThat(issues).extracting(LinkIssue::message).anyMatch(m -> m.contains("not-an-email"))
                .anyMatch(m -> m.contains("'abc'")).anyMatch(m -> m.contains("0000")).anyMatch(m -> m.contains("31/31/2020"));
    }

    @Test
    void aRecordWithNothingUsableIsAnError() {
        List<LinkIssue> issues = new ArrayList<>();
        new RecordPreparer(new BasicNameNormaliser(true)).prepare(new LinkRecord("r9", " ", null, null, "x", null,
                null, null, null), issues::add);
        assertThat(issues).anyMatch(i -> i.severity() == LinkIssue.Severity.ERROR && i.recordId().equals("r9")
                && i.message().contains("no usable field"));
    }

    @Test
    void tokenJaroWinklerForgivesOrderAndTyposButNotOtherNumbers() {
        TokenJaroWinkler jw = new TokenJaroWinkler();
        assertThat(jw.similarity("alpha tech", "tech alpha")).isGreaterThan(0.95);
        assertThat(jw.similarity("alpha tech", "alpah tech")).isGreaterThan(0.9);
        assertThat(jw.similarity("alphatech", "alpha tech")).isGreaterThan(0.9);
        assertThat(jw.similarity("alpha tech", "zenith metals")).isLessThan(0.6);
        assertThat(TokenJaroWinkler.tokenScore(new String[] {"12"}, new String[] {"21"})).isZero();
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, org.assertj.core.data.Offset.offset(1e-3));
    }
}
