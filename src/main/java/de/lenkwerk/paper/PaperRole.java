package de.lenkwerk.paper;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles in a responsibility matrix, with the letters used in German public administration (the
 * "Verantwortlichkeitsmatrix" D/V/M/I): Durchführung, Verantwortung, Mitwirkung, Information. The letter is also
 * the stored code; the English screens show R/A/C/I from the bundle.
 */
public enum PaperRole {
    /** führt durch (responsible). */
    DOES('D'),
    /** verantwortet das Ergebnis (accountable). */
    ACCOUNTABLE('V'),
    /** wirkt mit, wird beteiligt (consulted). */
    CONSULTED('M'),
    /** wird informiert (informed). */
    INFORMED('I');

    private final char code;

    PaperRole(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    public static Set<PaperRole> decode(String codes) {
        var roles = EnumSet.noneOf(PaperRole.class);
        if (codes != null) {
            for (var role : values()) {
                if (codes.indexOf(role.code) >= 0) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Codes in the enum's order, so equal sets give equal text. */
    public static String encode(Set<PaperRole> roles) {
        return roles.stream().sorted().map(r -> String.valueOf(r.code)).collect(Collectors.joining());
    }
}
