package de.lenkwerk.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Fills the created/updated columns of {@link AuditedEntity}; the security module supplies who is acting, and the
 * application's {@link Clock} says when, so that stamps and "now" in the rules agree (also in tests at a fixed date).
 */
@Configuration
@EnableJpaAuditing(dateTimeProviderRef = "auditingTime")
class PersistenceConfig {

    @Bean
    DateTimeProvider auditingTime(Clock clock) {
        return () -> Optional.of(LocalDateTime.now(clock));
    }
}
