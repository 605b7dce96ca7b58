package de.lenkwerk.statusround;

import java.util.List;

/**
 * What a step for all missing links did: {@code done} links it applied to, {@code skipped} unanswered links it could
 * not apply to (revoked or ended). {@code issued} holds the new links of a resend, with their addresses for the case
 * that no mail server is configured.
 */
public record LinkBatchResult(LinkBatch step, int done, int skipped, List<IssuedLink> issued, boolean mailed) {

    public LinkBatchResult {
        issued = List.copyOf(issued);
    }
}
