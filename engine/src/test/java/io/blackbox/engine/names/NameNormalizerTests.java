package io.blackbox.engine.names;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameNormalizerTests {
    private final NameNormalizer normalizer = NameNormalizer.getDefault();

    private List<String> texts(String name) {
        return normalizer.normalize(name).tokens().stream().map(NameToken::text).toList();
    }

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(normalizer.normalize("  Nicolás  MADURO-Moros ").latin()).isEqualTo("nicolas maduro moros");
        assertThat(normalizer.normalize("Banco.Nacional_de@Cuba").latin()).isEqualTo("banco nacional de cuba");
        assertThat(texts("Siemen's")).containsExactly("siemens");
    }

    @Test
    void warmingUpOnAnotherThreadChangesNoResult() throws InterruptedException {
        List<String> names = List.of("Иван Петров", "محمد حسین", "王明华", "김민준", "Αλέξανδρος", "さくら", "राम शर्मा", "Müller GmbH");
        NameNormalizer cold = new NameNormalizer();
        List<NormalizedName> before = names.stream().map(cold::normalize).toList();
        NameNormalizer warmed = new NameNormalizer();
        Thread warmUp = Thread.ofPlatform().start(warmed::warmUp);
        warmUp.join();
        assertThat(names.stream().map(warmed::normalize).toList()).isEqualTo(before);
    }

    @Test
    void keepsTheOriginal() {
        assertThat(normalizer.normalize(" Владимир Путин ").original()).isEqualTo("Владимир Путин");
    }

    @Test
    void transliteratesEveryScriptToLatin() {
        assertThat(normalizer.normalize("Владимир Путин").latin()).isEqualTo("vladimir putin");
        // BGN/PCGN's separator dot (т·с, to tell it from ц) is not part of the name
        assertThat(normalizer.normalize("Пат Робертс").latin()).endsWith("roberts");
        assertThat(normalizer.normalize("习近平").nameTokens()).allMatch(io.blackbox.engine.names.NameToken::syllabic);
        assertThat(normalizer.normalize("Xi Jinping").nameTokens()).noneMatch(io.blackbox.engine.names.NameToken::syllabic);
        assertThat(normalizer.normalize("Αλέξανδρος").latin()).isEqualTo("alexandros");
        // an ayn that starts a word is said with a vowel (Ali); inside a word it is left out (سعيد, Said)
        assertThat(normalizer.normalize("محمد علي").latin()).isEqualTo("mhmd aly");
        assertThat(normalizer.normalize("سعيد").latin()).isEqualTo("syd");
        // a ه before a zero-width non-joiner writes the final e of the word before a suffix: Khamenei
        assertThat(normalizer.normalize("خامنه\u200Cای").latin()).isEqualTo("khamnay");
        // the middle dot parts the words of a foreign name written in Han characters
        assertThat(normalizer.normalize("弗拉基米尔·普京").latin()).isEqualTo("fu lajimier pujing");
        assertThat(normalizer.normalize("ʻOumuamua").latin()).isEqualTo("oumuamua");
        assertThat(normalizer.normalize("习近平").latin()).isEqualTo("xi jinping");
        assertThat(normalizer.normalize("김정은").latin()).isEqualTo("kim jeongeun");
        assertThat(normalizer.normalize("ウラジーミル・プーチン").latin()).isEqualTo("urajimiru puchin");
    }

    @Test
    void readsTheScriptsIcuHasNoTransliteratorFor() {
        // refused before as having no letters: ICU leaves Khmer, Lao, Sinhala and Tibetan as they are
        assertThat(normalizer.normalize("វ៉្លាឌីមៀរ ពូទីន").latin()).isEqualTo("vladimier putin");
        assertThat(normalizer.normalize("ហ៊ុន សែន").latin()).isEqualTo("hun saen");
        assertThat(normalizer.normalize("ວລາດີມີຣ ປູຕິນ").latin()).isEqualTo("vladimir putin");
        assertThat(normalizer.normalize("ໄກສອນ ພົມວິຫານ").latin()).isEqualTo("kaison phomvihan");
        assertThat(normalizer.normalize("මහින්ද රාජපක්ෂ").latin()).isEqualTo("mahinda rajapaksa");
        assertThat(normalizer.normalize("ཝེ་ལ་ཌི་མིར").latin()).isNotBlank();
        assertThat(normalizer.normalize("ᏣᎳᎩ").latin()).isEqualTo("tsalagi");
        assertThat(normalizer.normalize("សុខា ១២៣").latin()).isEqualTo("sokha 123");
        // the Ethiopic sixth order (ǝ in ICU's Latin) no longer splits a word in two
        assertThat(normalizer.normalize("ቴዎድሮስ አድሓኖም").latin()).isEqualTo("tewodros adhanom");
    }

    @Test
    void theLettersCentralAsianAlphabetsAddToCyrillicKeepAWordWhole() {
        // the transliterator wrote қ with a mark that parted the word: "k asym", "tok aev"
        assertThat(normalizer.normalize("Қасым-Жомарт Тоқаев").latin()).isEqualTo("kasym zhomart tokayev");
        assertThat(normalizer.normalize("Эмомалӣ Раҳмон").latin()).isEqualTo("emomali rakhmon");
        assertThat(normalizer.normalize("Ұлан Әлиев").latin()).isEqualTo("ulan aliyev");
    }

    @Test
    void keepsScholarlyAndEnglishTransliterationsOfCyrillicAsVariants() {
        assertThat(normalizer.variants("Михаил Ходорковский")).extracting(NormalizedName::latin)
                .containsExactly("mikhail khodorkovskiy", "mihail hodorkovskij");
        assertThat(normalizer.variants("John Smith")).hasSize(1);
        assertThat(normalizer.normalize("Βλαντίμιρ Πούτιν").latin()).isEqualTo("vlantimir poutin");
    }

    @Test
    void theHardSignKeepsAWordWhole() {
        // Russian ъ before a vowel letter or at the end is not said; Bulgarian ъ before a consonant is written a
        assertThat(normalizer.variants("Подъячев")).extracting(NormalizedName::latin).containsExactly("podyachev", "podacev");
        assertThat(normalizer.normalize("Петръ").latin()).isEqualTo("petr");
        assertThat(normalizer.normalize("Ъгъл Макконъл").latin()).isEqualTo("agal makkonal");
    }

    @Test
    void aPersonsNicknameInQuotesBetweenTheNamesIsAlsoLeftOut() {
        assertThat(normalizer.variants("Robert C. \"Bobby\" Scott", true)).extracting(NormalizedName::latin)
                .containsExactly("robert c bobby scott", "robert c scott");
        assertThat(normalizer.variants("Joaquín \u201CEl Chapo\u201D Guzmán", true).getLast().latin()).isEqualTo("joaquin guzman");
        assertThat(normalizer.variants("Robert C. \"Bobby\" Scott", true).getLast().original()).isEqualTo("Robert C. \"Bobby\" Scott");
        // not known to be a person, at the start or end, or nothing but an initial left: only the name as written
        assertThat(normalizer.variants("Robert C. \"Bobby\" Scott", false)).hasSize(1);
        assertThat(normalizer.variants("Robert C. \"Bobby\" Scott")).hasSize(1);
        assertThat(normalizer.variants("\"Bobby\" Scott Robert", true)).hasSize(1);
        assertThat(normalizer.variants("Robert Scott \"Bobby\"", true)).hasSize(1);
        assertThat(normalizer.variants("R. \"Bobby\" Scott", true)).hasSize(1);
        assertThat(NameNormalizer.withoutNickname("Акционерное Общество \u00ABРадиозавод\u00BB (АО \u00ABРадиозавод\u00BB)"))
                .isEqualTo("Акционерное Общество (АО \u00ABРадиозавод\u00BB)");
    }

    @Test
    void marksVowelLessScriptsForSkeletonComparison() {
        NameToken t = normalizer.normalize("محمد").tokens().getFirst();
        assertThat(t.abjad()).isTrue();
        assertThat(t.skeleton()).isEqualTo(NameNormalizer.skeleton("mohamed"));
    }

    @Test
    void tagsLegalFormsWithTheirClass() {
        for (String name : List.of("Acme LLC", "Acme L.L.C.", "ООО Acme", "Acme Limited Liability Company")) {
            NormalizedName n = normalizer.normalize(name);
            assertThat(n.legalForms()).as(name).containsExactly("llc");
            assertThat(n.nameTokens()).as(name).extracting(NameToken::text).containsExactly("acme");
        }
        assertThat(normalizer.normalize("Siemens GmbH").legalForms()).containsExactly("gmbh");
        assertThat(normalizer.normalize("Petro Royal FZE").legalForms()).containsExactly("fze");
        assertThat(normalizer.normalize("Banco S.A.").legalForms()).containsExactly("sa");
        assertThat(normalizer.normalize("Anglo-Caribbean Co., Ltd.").legalForms()).containsExactly("ltd");
        assertThat(normalizer.normalize("Siemens Aktiengesellschaft").legalForms()).containsExactly("ag");
    }

    @Test
    void anAccentedWordIsNoAbbreviatedLegalForm() {
        // Sá is a Portuguese surname, not S.A.
        assertThat(normalizer.normalize("Joaquim Sá").legalForms()).isEmpty();
        assertThat(normalizer.normalize("Joaquim Sá").nameTokens()).extracting(NameToken::text).containsExactly("joaquim", "sa");
        assertThat(normalizer.normalize("Banco SA").legalForms()).containsExactly("sa");
        assertThat(normalizer.normalize("Banco S.Á.").legalForms()).containsExactly("sa");
        // dotted, or of several words, a form keeps its diacritics
        assertThat(normalizer.normalize("Koç A.Ş.").legalForms()).containsExactly("as");
        assertThat(normalizer.normalize("Générale Société Anonyme").legalForms()).containsExactly("sa");
    }

    @Test
    void aLoneLegalFormWordIsAName() {
        assertThat(normalizer.normalize("Ltd").tokens().getFirst().kind()).isEqualTo(TokenKind.WORD);
    }

    @Test
    void tagsHonorificsInsteadOfDroppingThem() {
        NormalizedName n = normalizer.normalize("Mr. John Doe");
        assertThat(n.honorifics()).containsExactly("mr");
        assertThat(n.nameTokens()).extracting(NameToken::text).containsExactly("john", "doe");
    }

    @Test
    void readsInitialsAndNumbers() {
        NormalizedName n = normalizer.normalize("J.R. Smith 007");
        assertThat(n.tokens()).extracting(NameToken::kind)
                .containsExactly(TokenKind.INITIAL, TokenKind.INITIAL, TokenKind.WORD, TokenKind.NUMBER);
        assertThat(n.numbers()).containsExactly("7");
        assertThat(normalizer.normalize("11,420 Corp").numbers()).containsExactly("11420");
    }

    @Test
    void sonOfIsAParticleOnlyBetweenTwoNames() {
        assertThat(normalizer.normalize("Mohamed ben Ali").tokens()).extracting(NameToken::kind)
                .containsExactly(TokenKind.WORD, TokenKind.PARTICLE, TokenKind.WORD);
        assertThat(normalizer.normalize("Ben Ray Luján").tokens()).extracting(NameToken::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD, TokenKind.WORD);
        assertThat(normalizer.normalize("LUJAN, Ben").tokens()).extracting(NameToken::kind)
                .containsExactly(TokenKind.WORD, TokenKind.WORD);
        // other particles lead names as particles
        assertThat(normalizer.normalize("Al Hassan").tokens().getFirst().kind()).isEqualTo(TokenKind.PARTICLE);
    }

    @Test
    void dropsBracketedNotes() {
        assertThat(normalizer.normalize("RUNNING BROOK, LLC (USA)").latin()).isEqualTo("running brook llc");
        assertThat(normalizer.normalize("(USA)").latin()).isEqualTo("usa");
    }

    @Test
    void refusesNamesWithoutLettersNamingTheProblem() {
        assertThatThrownBy(() -> normalizer.normalize("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> normalizer.normalize(null)).hasMessageContaining("empty");
        assertThatThrownBy(() -> normalizer.normalize(".,!@#$%^&*()")).hasMessageContaining("no letters or digits");
        assertThatThrownBy(() -> normalizer.normalize("😀🙈")).hasMessageContaining("no letters or digits");
        assertThatThrownBy(() -> normalizer.normalize("a".repeat(10_000))).hasMessageContaining("10000 characters");
    }

    @Test
    void acceptsMixedScripts() {
        assertThat(normalizer.normalize("ООО Gazprom Нефть").latin()).isEqualTo("ooo gazprom neft");
    }
}
