package de.lenkwerk.action;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.SQLException;

/**
 * Hands out readable numbers such as LA-DD-2026-03: body prefix, year, running number. The counter row is
 * incremented in the creating transaction: the update's row lock makes a second secretary saving at once wait
 * for the first one's commit, so nobody gets the same number, and a number is never handed out twice.
 * <p>
 * The first number of a body and year has no row to lock yet. Two captures may both find none and both insert;
 * the second insert waits for the first one's commit and then fails on the primary key. It runs inside a JDBC
 * savepoint of the creating transaction, so the failure is undone without aborting that transaction, as PostgreSQL
 * would otherwise do; the loser then increments the row the winner created (ADR 008).
 */
@Component
class ActionNumbering {

    /** The SQL state of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final JdbcClient jdbc;
    private final JdbcTemplate connection;

    ActionNumbering(JdbcClient jdbc, JdbcTemplate connection) {
        this.jdbc = jdbc;
        this.connection = connection;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long bodyId, String prefix, int year) {
        if (increment(bodyId, year) == 0 && !startCounter(bodyId, year)) {
            increment(bodyId, year);
        }
        var number = jdbc.sql("select last_number from action_number_counter where body_id = ? and number_year = ?")
                .params(bodyId, year).query(Integer.class).single();
        return "%s-%d-%02d".formatted(prefix, year, number);
    }

    private int increment(long bodyId, int year) {
        return jdbc.sql("update action_number_counter set last_number = last_number + 1 where body_id = ? and number_year = ?")
                .params(bodyId, year).update();
    }

    /** Creates the year's counter at 1; false when a concurrent capture created it first. */
    private boolean startCounter(long bodyId, int year) {
        return Boolean.TRUE.equals(connection.execute((ConnectionCallback<Boolean>) con -> {
            var savepoint = con.setSavepoint();
            try (var insert = con.prepareStatement(
                    "insert into action_number_counter (body_id, number_year, last_number) values (?, ?, 1)")) {
                insert.setLong(1, bodyId);
                insert.setInt(2, year);
                insert.executeUpdate();
                con.releaseSavepoint(savepoint);
                return true;
            } catch (SQLException e) {
                con.rollback(savepoint);
                if (DUPLICATE_KEY.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        }));
    }
}
