package de.lenkwerk;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The clock of the test contexts: the real time until a test sets a moment, back to the real time before the
 * next test ({@link OneSecurityContextPerTest}). It is in Europe/Berlin, the zone the product's dates are meant in,
 * so that month ends and the change to and from summer time can be tried.
 */
public final class TestClock extends Clock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private volatile Instant fixed;

    /** Stops the clock at this moment. */
    public void set(Instant instant) {
        this.fixed = instant;
    }

    /** Stops the clock at this local time in Berlin. */
    public void set(LocalDateTime berlinTime) {
        set(berlinTime.atZone(BERLIN).toInstant());
    }

    /** Stops the clock at noon of this day in Berlin. */
    public void set(LocalDate berlinDay) {
        set(berlinDay.atTime(12, 0));
    }

    /** Back to the real time. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return BERLIN;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return fixed == null ? Clock.system(zone) : Clock.fixed(fixed, zone);
    }

    @Override
    public Instant instant() {
        var moment = fixed;
        return moment == null ? Instant.now() : moment;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
