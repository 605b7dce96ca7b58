package de.lenkwerk.paper;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static de.lenkwerk.paper.PaperRole.ACCOUNTABLE;
import static de.lenkwerk.paper.PaperRole.CONSULTED;
import static de.lenkwerk.paper.PaperRole.DOES;
import static de.lenkwerk.paper.PaperRole.INFORMED;
import static org.assertj.core.api.Assertions.assertThat;

class MatrixRuleTest {

    @Test
    void aRowWithOneAccountableAndOneResponsibleKeepsTheRule() {
        assertThat(MatrixRule.check("Erstberatung", List.of(Set.of(ACCOUNTABLE), Set.of(DOES), Set.of(INFORMED))))
                .isEmpty();
    }

    @Test
    void theSamePartyMayBeAccountableAndResponsible() {
        assertThat(MatrixRule.check("Erstberatung", List.of(Set.of(ACCOUNTABLE, DOES)))).isEmpty();
    }

    @Test
    void aRowWithoutAccountableBreaksTheRule() {
        assertThat(MatrixRule.check("Erstberatung", List.of(Set.of(DOES), Set.of(CONSULTED))))
                .containsExactly(RuleBreak.NO_ACCOUNTABLE);
    }

    @Test
    void twoAccountablePartiesBreakTheRule() {
        assertThat(MatrixRule.check("Erstberatung", List.of(Set.of(ACCOUNTABLE, DOES), Set.of(ACCOUNTABLE))))
                .containsExactly(RuleBreak.SEVERAL_ACCOUNTABLE);
    }

    @Test
    void aRowWithoutResponsibleBreaksTheRule() {
        assertThat(MatrixRule.check("Erstberatung", List.of(Set.of(ACCOUNTABLE), Set.of(INFORMED))))
                .containsExactly(RuleBreak.NO_RESPONSIBLE);
    }

    @Test
    void anEmptyRowWithoutTaskNamesEveryReason() {
        assertThat(MatrixRule.check(" ", List.of()))
                .containsExactly(RuleBreak.NO_TASK, RuleBreak.NO_ACCOUNTABLE, RuleBreak.NO_RESPONSIBLE);
    }

    @Test
    void rolesRoundTripThroughTheirLettersInAFixedOrder() {
        assertThat(PaperRole.encode(Set.of(INFORMED, DOES, ACCOUNTABLE))).isEqualTo("DVI");
        assertThat(PaperRole.decode("IVD")).containsExactlyInAnyOrder(DOES, ACCOUNTABLE, INFORMED);
        assertThat(PaperRole.decode(null)).isEmpty();
    }
}
