package io.blackbox.engine.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Customary Latin spellings of the commonest Korean surnames, which differ from the systematic
 * romanisation ICU produces (김 is "gim" by rule but "Kim" in every passport).
 */
final class KoreanSurnames {
    private static final Map<String, String> CUSTOMARY = Map.ofEntries(
            Map.entry("gim", "kim"), Map.entry("i", "lee"), Map.entry("bag", "park"), Map.entry("choe", "choi"),
            Map.entry("jeong", "jung"), Map.entry("gang", "kang"), Map.entry("jo", "cho"), Map.entry("yun", "yoon"),
            Map.entry("im", "lim"), Map.entry("o", "oh"), Map.entry("sin", "shin"), Map.entry("gwon", "kwon"),
            Map.entry("an", "ahn"), Map.entry("yu", "yoo"), Map.entry("go", "ko"), Map.entry("mun", "moon"),
            Map.entry("baeg", "baek"), Map.entry("no", "noh"), Map.entry("gwag", "kwak"), Map.entry("seong", "sung"),
            Map.entry("ju", "joo"), Map.entry("u", "woo"), Map.entry("gu", "koo"), Map.entry("ri", "ri"),
            Map.entry("hyeon", "hyun"), Map.entry("geum", "keum"), Map.entry("gil", "kil"), Map.entry("gi", "ki"));

    /**
     * Surnames as written in Hangul, commonest first: those of the South, their North Korean spellings
     * with an initial ㄹ (리, 류, 로, 량, 렴, 라) after their southern ones, and the two-syllable ones.
     */
    private static final List<String> HANGUL = List.of(
            "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
            "안", "송", "유", "류", "전", "홍", "고", "문", "양", "량", "손", "배", "백", "허", "남", "심", "노", "로",
            "하", "곽", "성", "차", "주", "우", "구", "민", "나", "라", "진", "지", "엄", "채", "원", "천", "방", "공",
            "현", "함", "변", "염", "렴", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명",
            "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경",
            "봉", "사", "부", "태", "계", "피", "두", "감", "음", "동", "갈", "승", "범", "간", "리", "림",
            "황보", "남궁", "제갈", "선우", "독고", "사공", "서문");

    private KoreanSurnames() {
    }

    private static final Map<String, Integer> RANK = rank();

    private static Map<String, Integer> rank() {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < HANGUL.size(); i++) {
            m.putIfAbsent(HANGUL.get(i), i);
        }
        return Map.copyOf(m);
    }

    /** Whether a Hangul syllable (or two) is a Korean surname. */
    static boolean isSurname(String hangul) {
        return RANK.containsKey(hangul);
    }

    /** How common a surname is: 0 for the commonest; {@link Integer#MAX_VALUE} for no surname. */
    static int rank(String hangul) {
        return RANK.getOrDefault(hangul, Integer.MAX_VALUE);
    }

    static String customary(String systematic) {
        return CUSTOMARY.getOrDefault(systematic, systematic);
    }
}
