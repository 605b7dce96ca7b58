package de.lenkwerk.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** Fills the created/updated columns of {@link AuditedEntity}; the security module supplies who is acting. */
@Configuration
@EnableJpaAuditing
class PersistenceConfig {
}
