package de.lenkwerk.security;

import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Names the person behind every change in the created/updated columns. */
@Component
class AuditorProvider implements AuditorAware<String> {

    private final CurrentUser currentUser;

    AuditorProvider(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> getCurrentAuditor() {
        return Optional.of(currentUser.actorName());
    }
}
