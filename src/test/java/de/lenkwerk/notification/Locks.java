package de.lenkwerk.notification;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lets a test run a locked job again at once. The lock row is expired rather than deleted: ShedLock remembers that
 * it created the row and then only updates it, so a deleted row would keep the job from ever running again.
 */
final class Locks {

    private Locks() {
    }

    static void release(JdbcClient jdbc, String name) {
        var expired = jdbc.sql("update shedlock set lock_until = timestamp '2000-01-01 00:00:00' where name = ?")
                .param(name).update();
        if (expired == 0) {
            jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) values (?, timestamp '2000-01-01"
                    + " 00:00:00', timestamp '2000-01-01 00:00:00', 'test')").param(name).update();
        }
    }
}
