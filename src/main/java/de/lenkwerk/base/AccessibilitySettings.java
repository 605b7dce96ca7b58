package de.lenkwerk.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;

/**
 * What the accessibility statement (BITV 2.0 § 7) says that only the operator of an installation knows: where users
 * report barriers, and which arbitration and enforcement bodies are responsible. Set under
 * {@code lenkwerk.accessibility.*}; the defaults name bodies, never contact data that would have to be checked.
 *
 * @param contact        who answers feedback on barriers (office or person), free text; empty until configured
 * @param contactEmail   e-mail address for that feedback, optional
 * @param arbitrationBody the arbitration body (Schlichtungsstelle) users can turn to
 * @param arbitrationUrl its web address, optional
 * @param enforcementBody the state's body for the enforcement procedure, optional
 * @param reviewed       date of the last review of the statement
 */
@ConfigurationProperties("lenkwerk.accessibility")
public record AccessibilitySettings(String contact, String contactEmail, String arbitrationBody, String arbitrationUrl,
                                    String enforcementBody, LocalDate reviewed) {

    public boolean hasContact() {
        return (contact != null && !contact.isBlank()) || (contactEmail != null && !contactEmail.isBlank());
    }
}
