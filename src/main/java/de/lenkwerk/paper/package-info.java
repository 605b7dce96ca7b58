/**
 * Interface papers (Schnittstellenpapiere): who does what between organisations and functional levels. A paper
 * belongs to a body, has parties, sections in Markdown and responsibility matrices (D/V/M/I), is adopted by the
 * body as numbered versions, can be compared version by version, acknowledged by the people who act for a party,
 * copied into another body as a template and turned into actions.
 */
@ApplicationModule(displayName = "Interface papers",
        allowedDependencies = {"base", "security", "organisation", "organisation::ui", "body", "body::ui", "meeting",
                "action", "action::ui", "history"})
package de.lenkwerk.paper;

import org.springframework.modulith.ApplicationModule;
