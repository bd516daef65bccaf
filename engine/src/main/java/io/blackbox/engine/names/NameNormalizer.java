package io.blackbox.engine.names;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a name in any script into tagged lower-case ASCII tokens, keeping the original.
 *
 * <p>Steps: NFKC case folding; transliteration of every script to Latin with ICU4J (Han readings are
 * joined per given name, as pinyin writes them); removal of accents; apostrophes dropped and other
 * punctuation made a separator; dotted abbreviations ("L.L.C.", "J.R.") read as legal forms or initials;
 * then every token tagged as word, number, initial, particle, legal form or honorific.
 *
 * <p>Thread-safe: ICU transliterators are not documented as safe for concurrent use, so each thread gets
 * its own.
 */
public final class NameNormalizer {

    /** Names longer than this are refused: no real name is, and the cost of comparing grows with length. */
    public static final int MAX_LENGTH = 1_000;

    private static final NameNormalizer DEFAULT = new NameNormalizer();

    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ad", "ar", "as", "at", "az", "an", "bin", "ben", "ibn", "bint", "binti", "bte", "ould",
            "wuld", "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la",
            "les", "y", "e", "and", "of", "the", "for", "und", "et", "i");

    /**
     * Particles meaning "son (daughter) of": a particle only between two names ("Mohamed ben Ali"); first or last
     * in a name, the word is a name itself ("Ben Ray Luján", "LUJAN, Ben", "BIN LADEN, Usama").
     */
    private static final Set<String> CHILD_OF = Set.of("bin", "ben", "ibn", "bint", "binti", "bte", "ould", "wuld");

    // Legal forms that may lead a name ("OOO Romashka", "LLC Siemens"); others only count after a word,
    // so that a person called "Sa" or "Ag" is not stripped of a name.
    private static final Set<String> LEADING_FORMS = Set.of("ooo", "llc", "zao", "oao", "pao", "ao", "tov", "jsc",
            "ojsc", "cjsc", "pjsc", "gmbh", "too", "pat", "prat", "pt", "cv");

    /**
     * Where a token came from, as bits: a script without written vowels, Han read syllable by syllable, or
     * Hangul.
     */
    private static final int ABJAD = 1;
    private static final int SYLLABIC = 2;
    private static final int HANGUL = 4;
    /** Read from kana, or a foreign name spelt out in Hangul ({@link NameToken#transcribed()}). */
    private static final int TRANSCRIBED = 8;
    /**
     * A Latin word written with a diacritic and without dots (Sá): never a legal form of one word, since those
     * are abbreviations spelled without (SA, S.A.). Forms of several words keep theirs (Société Anonyme).
     */
    private static final int ACCENTED = 16;

    private static final Pattern GREEK_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern GREEK_OU_BEFORE_VOWEL = Pattern.compile("(?<![\\p{L}])ου(?=[αεηιοωυ])");
    private static final Pattern GREEK_FINAL_MP = Pattern.compile("μπ(?![\\p{L}])");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern DOTS = Pattern.compile("\\.+");
    /** One or two words in double quotes, with a word before and after them ("Robert C. "Bobby" Scott"). */
    private static final Pattern QUOTED_NICKNAME = Pattern.compile(
            "(?<=\\S\\s)\\s*[\"\u201C\u201E\u00AB][\\p{L}\\p{M}.'\\-]+(?:\\s[\\p{L}\\p{M}.'\\-]+)?[\"\u201D\u201C\u00BB](?=\\s+\\S)");
    private static final Pattern SMALL_KANA = Pattern.compile("[aeiou]~");
    private static final Pattern KANA_W = Pattern.compile("(?<![b-df-hj-np-tv-z])u~(?=[aeio])");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    /**
     * Words already transliterated: names repeat their words (surnames, given names, company words), and
     * ICU's any-script rules cost far more than a look-up. Bounded; past the bound new words are simply
     * transliterated each time.
     */
    private static final int MAX_CACHED_WORDS = 200_000;

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private final ThreadLocal<Transliterator> toLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    // BGN/PCGN for Russian (and, through Any-Latin, the letters of other Cyrillic alphabets) and UNGEGN for
    // Greek spell names as English-language lists do: Khodorkovskiy, Vladimir (not Hodorkovskij, Blantimir).
    private final ThreadLocal<Transliterator> cyrillicToLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private final ThreadLocal<Transliterator> greekToLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII"));
    private final ThreadLocal<Transliterator> anyToLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin"));
    private final ThreadLocal<Transliterator> latinToAscii =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    private final ThreadLocal<Transliterator> hanToLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));
    private final DoubleMetaphone metaphone;
    private final Map<String, String> transliterated = new ConcurrentHashMap<>();

    public NameNormalizer() {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        this.metaphone = m;
    }

    /** A shared instance. */
    public static NameNormalizer getDefault() {
        return DEFAULT;
    }

    /**
     * A word in each script the any-script rules are most often asked for. ICU compiles a script's rules
     * the first time it meets the script, once per process; that takes seconds in all.
     */
    private static final List<String> WARM_UP_WORDS = List.of("محمد", "حسین", "דוד", "Иван", "Ολγα", "王明", "김민준",
            "さくら", "サクラ", "राम", "สมชาย", "გიორგი", "Արամ", "রহিম", "முருகன்", "សុខា", "မောင်", "አበበ", "ܐܒܪܗܡ");

    /**
     * Compiles the transliteration rules of the common scripts now rather than at the first name in each
     * script. A command that normalises many names calls this on a spare thread while it reads its input;
     * the compiled rules are shared by every thread. Names already cached are not touched.
     */
    public void warmUp() {
        for (String word : WARM_UP_WORDS) {
            toLatin.get().transliterate(word);
        }
        cyrillicToLatin.get().transliterate("Иван");
        anyToLatin.get().transliterate("राम");
        greekToLatin.get().transliterate("Ολγα");
        hanToLatin.get().transliterate("王明");
        latinToAscii.get().transliterate("Müller");
    }

    /**
     * Normalises a name.
     *
     * @throws IllegalArgumentException when the name is null, empty, longer than {@link #MAX_LENGTH}
     *                                  characters, or has no letter or digit in any script
     */
    public NormalizedName normalize(String name) {
        return normalize(name, false);
    }

    /**
     * Every transliteration variant of a name: the main form, and for Cyrillic and Greek also the
     * scholarly letter-by-letter form (Михаил is "mikhail" by BGN, as English-language lists write it,
     * and "mihail" by ISO 9, as many European ones do); for Greek also the form that reads the digraphs
     * ντ, μπ, γκ and ου as spoken, and one with τσ as ch as well; for Burmese, whose syllables are words of
     * their own (Min Aung Hlaing), also the form with the syllables of each written word joined, as a foreign
     * name's are. A name of two or three Han characters that starts with a Korean surname is also read as
     * Korean (金正恩, Chinese "jin zhengen", Korean "kim jeongeun"). A Japanese name in Han characters is also
     * read as Japanese, by the readings of Japanese surnames and given names ({@link JapaneseNames}: 山田太郎,
     * "yamada taro"), its less usual readings with a lower {@link NormalizedName#weight}. A Latin name with letters of
     * Central and Eastern European alphabets is also spelled as English lists spell it ({@link SpokenLatin}: Lukašenka,
     * Lukashenka; Mičs Makonels, Mich Makonel). A Cyrillic name may also be a Chinese one by the Palladius
     * system ({@link Palladius}: Си Цзиньпин, "xi jinping"), a Korean one by Kontsevich's
     * ({@link Kontsevich}: Ким Чен Ын, "kim jong un" among its readings) or a Japanese one by Polivanov's
     * ({@link Polivanov}: Синдзо Абэ, "shinzo abe"). A Thai name is also read without
     * the letters its thanthakhat silences ({@link ThaiNames}).
     * The first element is {@link #normalize}.
     *
     * @throws IllegalArgumentException as {@link #normalize}
     */
    public List<NormalizedName> variants(String name) {
        return spellings(name);
    }

    /**
     * As {@link #variants(String)}; a person's name with a nickname in double quotes between its parts
     * (Robert C. "Bobby" Scott) is also given without it, since a nickname is left out more often than
     * written. Not for organisations: their quoted part is usually the name itself (АО «Концерн «Калашников»).
     *
     * @param person true when the name is known to be a person's
     * @throws IllegalArgumentException as {@link #normalize}
     */
    public List<NormalizedName> variants(String name, boolean person) {
        List<NormalizedName> spellings = spellings(name);
        String plain = person ? withoutNickname(name) : null;
        if (plain == null) {
            return spellings;
        }
        List<NormalizedName> all = new ArrayList<>(spellings);
        String original = spellings.getFirst().original();
        for (NormalizedName v : spellings(plain)) {
            if (all.stream().noneMatch(a -> a.latin().equals(v.latin()))) {
                all.add(new NormalizedName(original, v.latin(), v.tokens()));
            }
        }
        return List.copyOf(all);
    }

    /**
     * The name without a nickname in double quotes that stands between two of its words, or null when it
     * has none. A quoted part at the start or end is left alone: it is often the name itself (ООО «Ромашка»,
     * LLC "Vector"). What is left must hold two words of two letters or more.
     */
    static String withoutNickname(String name) {
        if (name.indexOf('"') < 0 && name.indexOf('\u201C') < 0 && name.indexOf('\u201E') < 0 && name.indexOf('\u00AB') < 0) {
            return null;
        }
        Matcher m = QUOTED_NICKNAME.matcher(name);
        if (!m.find()) {
            return null;
        }
        String plain = (name.substring(0, m.start()) + " " + name.substring(m.end())).strip().replaceAll("\\s+", " ");
        long words = Arrays.stream(plain.split("[\\s,.]+")).filter(w -> w.codePointCount(0, w.length()) >= 2).count();
        return words >= 2 ? plain : null;
    }

    private List<NormalizedName> spellings(String name) {
        NormalizedName main = normalize(name, false);
        boolean hasVariant = false;
        boolean han = false;
        boolean greek = false;
        boolean cyrillic = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int s = UScript.getScript(cp);
            cyrillic |= s == UScript.CYRILLIC;
            hasVariant |= s == UScript.CYRILLIC || s == UScript.GREEK || s == UScript.MYANMAR || s == UScript.THAI;
            han |= s == UScript.HAN;
            greek |= s == UScript.GREEK;
            i += Character.charCount(cp);
        }
        if (han) {
            List<NormalizedName> all = new ArrayList<>(3);
            all.add(main);
            String korean = HanKoreanReadings.koreanName(name);
            if (korean != null) {
                NormalizedName read = normalize(korean, false);
                all.add(new NormalizedName(main.original(), read.latin(), read.tokens()));
            }
            NormalizedName foreign = foreignNameInHan(main.original());
            if (foreign != null) {
                all.add(foreign);
            }
            // a Japanese name, read by the readings of Japanese surnames and given names (山田太郎, Yamada Taro)
            List<String> japanese = JapaneseNames.readings(NFKC_CF.normalize(name));
            for (int i = 0; i < japanese.size(); i++) {
                NormalizedName read = normalize(japanese.get(i), false);
                if (all.stream().noneMatch(v -> v.latin().equals(read.latin()))) {
                    all.add(new NormalizedName(main.original(), read.latin(), read.tokens(),
                            i == 0 ? 1 : JapaneseNames.LESS_USUAL_READING));
                }
            }
            if (all.size() > 1) {
                return List.copyOf(all);
            }
        }
        if (!hasVariant) {
            String spoken = latinWithLettersSpoken(name);
            if (spoken != null) {
                NormalizedName v = normalize(spoken, false);
                if (!v.latin().equals(main.latin())) {
                    return List.of(main, new NormalizedName(main.original(), v.latin(), v.tokens()));
                }
            }
            return List.of(main);
        }
        // Cyrillic and Greek letter by letter; Burmese with a word's syllables joined; Thai without its silent
        // letters
        List<NormalizedName> all = new ArrayList<>(3);
        all.add(main);
        addReading(all, normalize(name, true), main.original(), 0);
        if (cyrillic) {
            // a Chinese name written in Cyrillic by the Palladius system (Си Цзиньпин): read as pinyin, its
            // words compared syllable by syllable as words read from Han are
            String pinyin = Palladius.pinyin(name);
            if (pinyin != null) {
                addReading(all, normalize(pinyin, false), main.original(), SYLLABIC);
            }
            // a Japanese name written in Cyrillic by the Polivanov system (Синдзо Абэ): read as Hepburn
            String japanese = Polivanov.hepburn(name);
            if (japanese != null) {
                addReading(all, normalize(japanese, false), main.original(), 0);
            }
            // a Korean name written in Cyrillic a syllable a word (Ким Чен Ын): compared as one read from Hangul
            List<String> korean = Kontsevich.readings(name);
            for (String reading : korean == null ? List.<String>of() : korean) {
                addReading(all, normalize(reading, false), main.original(), HANGUL);
            }
        }
        if (greek) {
            for (String spoken : greekAsSpoken(name)) {
                addReading(all, normalize(spoken, false), main.original(), 0);
            }
        }
        return List.copyOf(all);
    }

    /**
     * Adds a reading of a name unless one with the same Latin is there already, with the original name, and
     * with its words marked as of the given origin (none when 0).
     */
    private void addReading(List<NormalizedName> all, NormalizedName read, String original, int origin) {
        if (all.stream().anyMatch(v -> v.latin().equals(read.latin()))) {
            return;
        }
        List<NameToken> tokens = read.tokens();
        if (origin != 0) {
            List<String> raw = tokens.stream().map(NameToken::text).toList();
            tokens = tag(raw, raw.stream().map(t -> origin).toList());
        }
        all.add(new NormalizedName(original, read.latin(), tokens));
    }

    /** {@link SpokenLatin#spoken} for a name with a letter outside ASCII or with sz or cz, else null. */
    private static String latinWithLettersSpoken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0xC0 || (c == 'z' || c == 'Z') && i > 0 && "sScC".indexOf(name.charAt(i - 1)) >= 0) {
                return SpokenLatin.spoken(name);
            }
        }
        return null;
    }

    /**
     * A name in Han characters read as a foreign name written syllable by syllable (克鲁森, "ke lu sen", is
     * Crewson): each word one token of its pinyin, marked as read from Han and as transcribed, so that it is
     * compared with a Latin spelling by the consonants heard ({@link Transcription#writtenKeys}). Null unless
     * {@link HanTranscription#words} takes the name for one.
     */
    private NormalizedName foreignNameInHan(String original) {
        List<int[]> words = HanTranscription.words(NFKC_CF.normalize(original));
        if (words == null) {
            return null;
        }
        List<String> raw = new ArrayList<>(words.size());
        List<Integer> origin = new ArrayList<>(words.size());
        for (int[] word : words) {
            StringBuilder text = new StringBuilder();
            for (int cp : word) {
                String pinyin = hanToLatin.get().transliterate(new String(Character.toChars(cp))).strip()
                        .toLowerCase(Locale.ROOT);
                if (pinyin.isEmpty() || !pinyin.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    return null;
                }
                text.append(HanTranscription.syllable(pinyin));
            }
            raw.add(text.toString());
            origin.add(SYLLABIC | TRANSCRIBED);
        }
        return new NormalizedName(original, String.join(" ", raw), tag(raw, origin));
    }

    /**
     * Greek writes the sounds d, b, g and j of other languages' names with two letters (ντ, μπ, γκ, τζ), u as
     * ου and a w as ου before a vowel; letter by letter, Βλαντίμιρ Πούτιν is "vlantimir poutin", as spoken
     * Vladimir Putin. A final μπ is mp (Τραμπ, Trump). That reading when the name has any of them, and one
     * with τσ read as ch too when it has τσ.
     */
    private static List<String> greekAsSpoken(String name) {
        String plain = GREEK_MARKS.matcher(java.text.Normalizer.normalize(name.toLowerCase(Locale.ROOT),
                java.text.Normalizer.Form.NFD)).replaceAll("");
        // τζ is j (Τζορτζ, George), a final μπ mp (Τραμπ, Trump), ου before a vowel w (Ουίλιαμ, William)
        String spoken = GREEK_FINAL_MP.matcher(GREEK_OU_BEFORE_VOWEL.matcher(plain.replace("τζ", "j"))
                .replaceAll("w")).replaceAll("mp")
                .replace("ντ", "d").replace("μπ", "b").replace("γκ", "g").replace("ου", "u");
        // Greek has no ch sound and writes the one of foreign names τσ (Μιτς, Mitch; Ρίτσαρντ, Richard)
        String withCh = spoken.replace("τσ", "ch").replace("τς", "ch");
        List<String> readings = new ArrayList<>(2);
        if (!spoken.equals(plain)) {
            readings.add(spoken);
        }
        if (!withCh.equals(spoken)) {
            readings.add(withCh);
        }
        return readings;
    }

    /**
     * @param secondReading read Cyrillic and Greek letter by letter, write a Burmese word's syllables as one
     *                      word, and leave out the letters a Thai word's thanthakhat silences
     */
    private NormalizedName normalize(String name, boolean secondReading) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("name is " + name.length() + " characters long; at most "
                    + MAX_LENGTH + " are accepted");
        }
        String original = name.strip();
        String folded = NFKC_CF.normalize(withoutJoinedVowelLetter(withoutBrackets(original)));
        List<String> raw = new ArrayList<>();
        List<Integer> rawOrigin = new ArrayList<>();
        for (String word : WHITESPACE.split(folded)) {
            if (!word.isEmpty()) {
                latinWords(word, secondReading, raw, rawOrigin);
            }
        }
        if (raw.isEmpty()) {
            throw new IllegalArgumentException("name '" + abbreviate(original) + "' has no letters or digits");
        }
        return new NormalizedName(original, String.join(" ", raw), tag(raw, rawOrigin));
    }

    /**
     * Bracketed text in list names holds countries, former names or notes ("RUNNING BROOK, LLC (USA)");
     * it is dropped unless nothing else is left.
     */
    private static String withoutBrackets(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('[') < 0) {
            return s;
        }
        String stripped = BRACKETED.matcher(s).replaceAll(" ").strip();
        return stripped.codePoints().anyMatch(Character::isLetterOrDigit) ? stripped : s;
    }

    /** Transliterates one whitespace-separated word and splits it into ASCII tokens. */
    private void latinWords(String word, boolean secondReading, List<String> out, List<Integer> outOrigin) {
        boolean abjad = false;
        boolean cyrillic = false;
        boolean greek = false;
        boolean han = false;
        boolean hangul = false;
        boolean kana = false;
        boolean ethiopic = false;
        boolean myanmar = false;
        boolean thai = false;
        boolean indic = false;
        boolean ascii = true;
        boolean latin = true;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            ascii &= cp < 0x80;
            int script = UScript.getScript(cp);
            latin &= script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED;
            switch (script) {
                case UScript.ARABIC, UScript.HEBREW, UScript.SYRIAC, UScript.THAANA, UScript.LAO -> abjad = true;
                case UScript.HAN -> han = true;
                case UScript.HANGUL -> hangul = true;
                case UScript.KATAKANA, UScript.HIRAGANA -> kana = true;
                case UScript.CYRILLIC -> cyrillic = true;
                case UScript.GREEK -> greek = true;
                case UScript.ETHIOPIC -> ethiopic = true;
                case UScript.MYANMAR -> myanmar = true;
                case UScript.THAI -> {
                    thai = true;
                    abjad = true;
                }
                case UScript.DEVANAGARI, UScript.BENGALI, UScript.GURMUKHI, UScript.GUJARATI, UScript.ORIYA,
                     UScript.TAMIL, UScript.TELUGU, UScript.KANNADA, UScript.MALAYALAM -> indic = true;
                default -> { }
            }
            i += Character.charCount(cp);
        }
        // Most names are ASCII or accented Latin: skip the costly any-script transliterator for them.
        String text;
        if (ascii) {
            text = word;
        } else {
            String key = secondReading ? "\u0000" + word : word;
            text = transliterated.get(key);
            if (text == null) {
                String source = cyrillic ? hardSignsRead(CyrillicLetters.asRussian(word)) : word;
                text = latin ? latinToAscii.get().transliterate(source)
                        : han ? hanWord(source)
                        : hangul ? hangulWord(source)
                        : cyrillic && !secondReading ? withoutSeparatorDots(cyrillicToLatin.get().transliterate(source))
                        : greek && !secondReading ? greekToLatin.get().transliterate(source)
                        : kana ? smallKanaJoined(toLatin.get().transliterate(source))
                        : myanmar ? Burmese.romanize(source, secondReading)
                        : indic ? latinToAscii.get().transliterate(IndicNames.asNamesSpellIt(
                                anyToLatin.get().transliterate(IndicNames.withoutFinalInherentVowel(source))))
                        : thai ? ThaiNames.afterTransliteration(toLatin.get().transliterate(
                                ThaiNames.beforeTransliteration(source, secondReading)))
                        : toLatin.get().transliterate(abjad ? abjadLetters(source) : source);
                if (ethiopic) {
                    text = withoutSixthOrderVowel(text);
                }
                if (UnlistedScripts.hasUnlisted(text)) {
                    text = UnlistedScripts.romanize(text);
                }
                if (transliterated.size() < MAX_CACHED_WORDS) {
                    transliterated.put(key, text);
                }
            }
        }
        // a foreign name spelt out in Hangul is compared as a transcription, not as a Korean name's syllables
        boolean spelledOut = hangul && spelledOutInHangul(word);
        split(text.toLowerCase(Locale.ROOT), (abjad ? ABJAD : 0) | (han ? SYLLABIC : 0) | (hangul && !spelledOut ? HANGUL : 0)
                | (kana && !han || spelledOut ? TRANSCRIBED : 0) | (latin && !ascii ? ACCENTED : 0), out, outOrigin);
    }

    /**
     * The hard sign ъ as it is said: nothing in Russian, where it stands before a vowel letter (Подъячев,
     * Podyachev) or at the end of an old spelling (Петръ), and a vowel in Bulgarian, where it stands before a
     * consonant and is written a (Макконъл, Makkonal; Ъгъл, Agal). The transliterators write it as a sign that
     * would part the word in two.
     */
    static String hardSignsRead(String word) {
        if (word.indexOf('\u044A') < 0 && word.indexOf('\u042A') < 0) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '\u044A' && c != '\u042A') {
                sb.append(c);
                continue;
            }
            char next = i + 1 < word.length() ? Character.toLowerCase(word.charAt(i + 1)) : ' ';
            if (Character.isLetter(next) && "еёюяиієї".indexOf(next) < 0) {
                sb.append(c == '\u042A' ? '\u0410' : '\u0430'); // Bulgarian ъ, written a
            }
        }
        return sb.toString();
    }

    /**
     * ICU writes the sixth order of an Ethiopic consonant, mostly said with no vowel or a short one, as ǝ
     * (ቴዎድሮስ, "tewodǝros"); names drop it (Tewodros), and as a letter outside ASCII it would split the word.
     */
    private static String withoutSixthOrderVowel(String s) {
        return s.indexOf('\u01DD') < 0 ? s : s.replace("\u01DD", "");
    }

    /** ة (ta marbuta) read as the h it is said as at the end of a name, as ه is. */
    private static String abjadLetters(String word) {
        return word.replace('\u0629', '\u0647');
    }

    /**
     * A Persian ه before a zero-width non-joiner only writes the final e of the word before a suffix
     * (خامنه‌ای, Khamenei): dropped with the joiner, which case folding would drop alone and leave the ه
     * to read as a consonant ("khamnhay").
     */
    private static String withoutJoinedVowelLetter(String s) {
        return s.indexOf('\u200C') < 0 ? s : s.replace("\u0647\u200C", "");
    }

    /**
     * A small kana changes the vowel of the one before it (ヴェ is "ve", ディ "di"); the transliterator writes
     * the pair apart ("vu~e", "de~i"), which would split the word. ウ before a small vowel is a w (ウィリアム,
     * "u~iriamu", is William): it starts its syllable, so it stands first or after a vowel.
     */
    private static String smallKanaJoined(String s) {
        return s.indexOf('~') < 0 ? s : SMALL_KANA.matcher(KANA_W.matcher(s).replaceAll("w")).replaceAll("");
    }

    /**
     * A word of Hangul syllables that is not read as a Korean name (see {@link #hangulWord}): a foreign name
     * spelt out (다닐렙스키, Danilevsky). Korean given names are two syllables and are compared as Korean,
     * unless a syllable gives the word away as foreign ({@link #hasForeignSyllable}: 프롬, Fromm).
     */
    private static boolean spelledOutInHangul(String word) {
        int n = word.codePointCount(0, word.length());
        boolean syllables = word.codePoints().allMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3);
        return syllables && n >= 2 && (hasForeignSyllable(word)
                || n >= 3 && (n > 4 || !KoreanSurnames.isSurname(word.substring(0, word.offsetByCodePoints(0, 1)))));
    }

    /**
     * True when a syllable has the vowel ㅡ and either no final consonant (르, 드, 스, 트, 크, 프) or a hard or
     * aspirated first one (클, 튼, 븐, 즈, 츠), or is 슨: Korean writes it after a consonant that a foreign word ends a
     * syllable with (Donald, 도널드; Fromm, 프롬; Michael, 마이클), and it is all but absent from Korean
     * given names, whose ㅡ syllables are soft (은, 승, 슬, 근, 름).
     */
    static boolean hasForeignSyllable(String word) {
        for (int i = 0; i < word.length(); i++) {
            int c = word.charAt(i) - 0xAC00;
            if (c < 0 || c > 0xD7A3 - 0xAC00 || (c / 28) % 21 != 18) {
                continue;
            }
            int initial = c / (21 * 28);
            // ㄷ ㅂ ㅈ ㅊ ㅋ ㅌ ㅍ; and 슨, the English -son (Jackson, 잭슨)
            if (c % 28 == 0 || initial == 3 || initial == 7 || initial == 12 || initial == 14 || initial >= 15 && initial <= 17
                    || initial == 9 && c % 28 == 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * BGN/PCGN writes a middle dot where two letters could be misread as one sound (Робертс is
     * "Robert·s", to tell тс from ц); names are spelled without it.
     */
    private static String withoutSeparatorDots(String s) {
        return s.indexOf('\u00b7') < 0 ? s : s.replace("\u00b7", "");
    }

    /**
     * Han is read syllable by syllable; names write the given name as one word (Xi Jinping), so after
     * a surname syllable the rest of a run is joined. Company suffixes are replaced first.
     */
    private String hanWord(String word) {
        String w = word.replace("股份有限公司", " jsc ").replace("有限责任公司", " llc ").replace("有限公司", " ltd ")
                .replace("公司", " co ");
        for (int i = 0; i < HanTranscription.MIDDLE_DOTS.length(); i++) {
            w = w.replace(HanTranscription.MIDDLE_DOTS.charAt(i), ' '); // they part the words of a foreign name
        }
        StringBuilder sb = new StringBuilder();
        for (String part : w.split(" ")) {
            if (part.isEmpty()) {
                continue;
            }
            String t = hanToLatin.get().transliterate(part).strip();
            String[] syll = t.split("\\s+");
            boolean han = part.codePoints().allMatch(cp -> UScript.getScript(cp) == UScript.HAN);
            if (han && syll.length >= 3) {
                // a full name written together: surname syllable, then the given name as one word
                sb.append(syll[0]).append(' ');
                for (int i = 1; i < syll.length; i++) {
                    sb.append(syll[i]);
                }
            } else if (han) {
                // two characters are usually a given name (or a short full name, which the scorer's
                // joining of neighbours still meets): one word
                sb.append(String.join("", syll));
            } else {
                sb.append(t);
            }
            sb.append(' ');
        }
        return toLatin.get().transliterate(sb.toString());
    }

    /**
     * A Korean personal name is a surname syllable and a given name of one or two syllables. Read
     * syllable by syllable, the surname takes its customary spelling (김 Kim, not Gim) and the given
     * name is written as one word.
     */
    private String hangulWord(String word) {
        int n = word.codePointCount(0, word.length());
        boolean syllables = word.codePoints().allMatch(cp -> cp >= 0xAC00 && cp <= 0xD7A3);
        Transliterator t = toLatin.get();
        if (syllables && n == 1) {
            return KoreanSurnames.customary(t.transliterate(word));
        }
        String first = syllables ? word.substring(0, word.offsetByCodePoints(0, 1)) : "";
        if (!syllables || n < 3 || n > 4 || !KoreanSurnames.isSurname(first) || hasForeignSyllable(word)) {
            // two syllables are usually a given name; longer words, and words that do not start with a
            // surname, are foreign names spelt out (매코널, McConnell)
            return t.transliterate(word).replace("-", "").replace("'", "");
        }
        String surname = t.transliterate(first);
        String given = t.transliterate(word.substring(first.length())).replace("-", "").replace("'", "");
        return KoreanSurnames.customary(surname) + " " + given;
    }

    /** Splits Latin text into tokens; dotted single letters become one abbreviation ("l.l.c" is "llc"). */
    private static void split(String latin, int origin, List<String> out, List<Integer> outOrigin) {
        StringBuilder cleaned = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                cleaned.append(c);
            } else if ((c == '\u02bf' || c == '\u02bb') && (origin & ABJAD) != 0
                    && (cleaned.isEmpty() || cleaned.charAt(cleaned.length() - 1) == ' ')) {
                // An ayn that starts a word is said with a vowel, which every spelling writes (علي, Ali; عمر,
                // Omar): it is written a, so that عماري is not the name Mary
                cleaned.append('a');
            } else if (c == '\'' || c == '`' || c == '\u02bf' || c == '\u02be' || c == '\u2019' || c == '\u00b4') {
                // apostrophes and Arabic ayn/hamza marks join: siemen's -> siemens, sʿyd -> syd
            } else if (c == ',' && i > 0 && i + 1 < latin.length() && isDigit(latin.charAt(i - 1))
                    && isDigit(latin.charAt(i + 1))) {
                // thousands separator inside a number: 11,420 -> 11420
            } else {
                cleaned.append(' ');
            }
        }
        for (String chunk : SPACES.split(cleaned)) {
            if (chunk.isEmpty()) {
                continue;
            }
            if (chunk.indexOf('.') < 0) {
                out.add(chunk);
                outOrigin.add(origin);
                continue;
            }
            int dotted = origin & ~ACCENTED; // an abbreviation (A.Ş., S.à r.l.) may be a legal form
            String[] parts = DOTS.split(chunk);
            List<String> nonEmpty = new ArrayList<>();
            boolean allSingle = true;
            for (String p : parts) {
                if (!p.isEmpty()) {
                    nonEmpty.add(p);
                    allSingle &= p.length() == 1 && !isDigit(p.charAt(0));
                }
            }
            if (nonEmpty.size() > 1 && allSingle) {
                String joined = String.join("", nonEmpty);
                if (LegalForms.at(List.of(joined), 0) != null) {
                    out.add(joined);
                    outOrigin.add(dotted);
                    continue;
                }
            }
            if (nonEmpty.size() > 1 && nonEmpty.stream().allMatch(p -> isDigit(p.charAt(0)))) {
                out.add(String.join("", nonEmpty)); // 1.000 or 2.5 kept as one number
                outOrigin.add(dotted);
                continue;
            }
            for (String p : nonEmpty) {
                out.add(p);
                outOrigin.add(dotted);
            }
        }
    }

    private List<NameToken> tag(List<String> raw, List<Integer> origin) {
        List<NameToken> tokens = new ArrayList<>(raw.size());
        boolean seenWord = false;
        for (int i = 0; i < raw.size(); ) {
            String t = raw.get(i);
            LegalForms.Found form = raw.size() > 1 ? LegalForms.at(raw, i) : null;
            if (form != null && form.length() == 1 && (origin.get(i) & ACCENTED) != 0) {
                form = null; // Joaquim Sá is a person: the accent is no S.A.
            }
            if (form != null && (seenWord || form.length() > 1 || LEADING_FORMS.contains(t)) && form.length() < raw.size()) {
                String text = String.join(" ", raw.subList(i, i + form.length()));
                tokens.add(new NameToken(text.replace(" ", ""), TokenKind.LEGAL_FORM, form.form().canonical(),
                        false, "", "", ""));
                i += form.length();
                continue;
            }
            if (!seenWord && raw.size() > 1 && Honorifics.isHonorific(t) && i + 1 < raw.size()) {
                tokens.add(new NameToken(t, TokenKind.HONORIFIC, t, false, "", "", ""));
                i++;
                continue;
            }
            tokens.add(token(t, origin.get(i), seenWord && i + 1 < raw.size()));
            seenWord = true;
            i++;
        }
        return tokens;
    }

    /** {@code between}: the token has a name before and after it. */
    private NameToken token(String t, int origin, boolean between) {
        TokenKind kind;
        if (t.chars().anyMatch(c -> c >= '0' && c <= '9')) {
            kind = TokenKind.NUMBER;
            t = stripLeadingZeros(t);
        } else if (t.length() == 1) {
            kind = TokenKind.INITIAL;
        } else if (PARTICLES.contains(t) && (between || !CHILD_OF.contains(t))) {
            kind = TokenKind.PARTICLE;
        } else {
            kind = TokenKind.WORD;
        }
        if (kind == TokenKind.NUMBER) {
            return new NameToken(t, kind, t, false, t, "", "");
        }
        String primary = metaphone.doubleMetaphone(t, false);
        String alternate = metaphone.doubleMetaphone(t, true);
        return new NameToken(t, kind, t, (origin & ABJAD) != 0, skeleton(t), primary,
                alternate.equals(primary) ? "" : alternate, (origin & SYLLABIC) != 0, (origin & HANGUL) != 0,
                (origin & TRANSCRIBED) != 0);
    }

    private static String stripLeadingZeros(String t) {
        int i = 0;
        while (i < t.length() - 1 && t.charAt(i) == '0') {
            i++;
        }
        return t.substring(i);
    }

    /**
     * The consonant skeleton of a Latin token: digraphs folded, vowels and the semi-vowels w and y
     * dropped, doubled letters collapsed. Arabic and Hebrew write few vowels, so "mhmd" (محمد) and
     * "mohamed" share the skeleton "mhmd".
     */
    public static String skeleton(String t) {
        return skeleton(t, false);
    }

    /**
     * {@link #skeleton(String)}, with {@code distinct} a q left as it is rather than made a k, a p rather than
     * made a b, and a kh written K: the letters ق (and ק), which names spelled in Latin letters also write as
     * a g (Gaddafi, القذافي), פ, which is also an f, and خ, which a c does not spell.
     */
    public static String skeleton(String t, boolean distinct) {
        String s = t.replace("kh", distinct ? "K" : "k").replace("gh", "g").replace("th", "t").replace("dh", "d")
                .replace("sh", "s").replace("ch", "s").replace("ph", "f").replace("dj", "j").replace("ou", "u")
                .replace("x", "ks"); // Arabic and Hebrew write an x as ks (كس, כס): Maxwell, مكسويل
        StringBuilder sb = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = switch (s.charAt(i)) {
                case 'q' -> distinct ? 'q' : 'k';
                case 'c' -> 'k';
                case 'z' -> 's';
                case 'p' -> distinct ? 'p' : 'b';
                case 'v' -> 'w';
                default -> s.charAt(i);
            };
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w') {
                last = 0; // a consonant written again after a vowel is another sound: דוד "dwd" is David, "dd"
                continue;
            }
            if (c != last) {
                sb.append(c);
            }
            last = c;
        }
        return sb.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
