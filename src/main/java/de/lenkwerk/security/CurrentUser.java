package de.lenkwerk.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in user of the current request or UI session, for services that check access themselves. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    /** Uses the same strategy bean as method security (Vaadin's session-aware one), never a static copy. */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<SignedInUser> get() {
        var authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /**
     * Whether someone answering through a personal link ({@link PersonalLinkActor}) is acting and that link covers
     * this action: they may read it and report on it, as its owner would.
     */
    public boolean reportsThroughLink(long actionId) {
        return authentication() instanceof org.springframework.security.core.Authentication a
                && a.getPrincipal() instanceof PersonalLinkActor.Holder holder && holder.actionIds().contains(actionId);
    }

    /** The person acting: the signed-in user's, or the holder's of a personal link; empty for the system. */
    public Optional<Long> actingPersonId() {
        var authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof PersonalLinkActor.Holder holder) {
            return Optional.of(holder.personId());
        }
        return get().map(SignedInUser::personId);
    }

    /** Administrators, and start-up work acting as one ({@link SystemActor}), see and may do everything. */
    public boolean isAdministrator() {
        var authentication = authentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.ADMIN).equals(a.getAuthority()));
    }

    private org.springframework.security.core.Authentication authentication() {
        var acting = SystemActor.acting();
        return acting != null ? acting : strategy.getContext().getAuthentication();
    }

    public SignedInUser require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** The account acting, for history entries; empty for the system and for personal links. */
    public Optional<Long> actorAccountId() {
        var authentication = authentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user().accountId());
        }
        return Optional.empty();
    }

    /** A name for history entries: the person, or the technical actor (e.g. start-up jobs). */
    public String actorName() {
        var authentication = authentication();
        if (authentication == null) {
            return SystemActor.NAME;
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.displayName();
        }
        if (authentication.getPrincipal() instanceof PersonalLinkActor.Holder holder) {
            return holder.actorName();
        }
        return authentication.getName();
    }
}
