package de.lenkwerk.action;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisagreementTest {

    @Test
    void greenByRuleButLowConfidenceDisagrees() {
        assertThat(Disagreement.of(Rag.GREEN, Confidence.LOW, false)).isEqualTo(Disagreement.GREEN_BUT_LOW_CONFIDENCE);
    }

    @Test
    void redByRuleButHighConfidenceDisagrees() {
        assertThat(Disagreement.of(Rag.RED, Confidence.HIGH, false)).isEqualTo(Disagreement.RED_BUT_HIGH_CONFIDENCE);
    }

    @Test
    void everythingElseAgrees() {
        for (var rag : Rag.values()) {
            for (var confidence : Confidence.values()) {
                var disagrees = rag == Rag.GREEN && confidence == Confidence.LOW
                        || rag == Rag.RED && confidence == Confidence.HIGH;
                assertThat(Disagreement.of(rag, confidence, false) != Disagreement.NONE)
                        .as(rag + "/" + confidence).isEqualTo(disagrees);
            }
        }
    }

    @Test
    void withoutAConfidenceOrWithAColourSetByHandThereIsNothingToDisagreeWith() {
        assertThat(Disagreement.of(Rag.GREEN, null, false)).isEqualTo(Disagreement.NONE);
        assertThat(Disagreement.of(Rag.RED, Confidence.HIGH, true)).isEqualTo(Disagreement.NONE);
    }
}
