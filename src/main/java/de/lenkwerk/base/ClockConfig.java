package de.lenkwerk.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one time source of the application: every "now" (deadlines, overdue, reminders, history stamps) is read from
 * this clock, so that tests can set the day. Its zone is the committee's, not the server's: on a server in UTC,
 * "today" would otherwise change at 01:00 or 02:00 German time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${lenkwerk.time-zone:Europe/Berlin}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
