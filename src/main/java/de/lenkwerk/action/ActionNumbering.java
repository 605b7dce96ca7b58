package de.lenkwerk.action;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out readable numbers such as LA-DD-2026-03: body prefix, year, running number. The counter row is
 * updated in the creating transaction, so two secretaries saving at once get different numbers, and a number
 * is never handed out twice.
 */
@Component
class ActionNumbering {

    private final EntityManager entityManager;

    ActionNumbering(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long bodyId, String prefix, int year) {
        var updated = entityManager.createNativeQuery("""
                        update action_number_counter set last_number = last_number + 1
                        where body_id = ?1 and number_year = ?2""")
                .setParameter(1, bodyId).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            entityManager.createNativeQuery("""
                            insert into action_number_counter (body_id, number_year, last_number) values (?1, ?2, 1)""")
                    .setParameter(1, bodyId).setParameter(2, year).executeUpdate();
        }
        var number = ((Number) entityManager.createNativeQuery("""
                        select last_number from action_number_counter where body_id = ?1 and number_year = ?2""")
                .setParameter(1, bodyId).setParameter(2, year).getSingleResult()).intValue();
        return "%s-%d-%02d".formatted(prefix, year, number);
    }
}
