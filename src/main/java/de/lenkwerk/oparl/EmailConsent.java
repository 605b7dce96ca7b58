package de.lenkwerk.oparl;

import de.lenkwerk.organisation.PersonService;
import de.lenkwerk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's consent to show their e-mail address on the OParl interface of the published bodies they
 * sit in. Nobody can give it for someone else; without it no address is shown (default).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EmailConsent {

    private final PersonService people;
    private final CurrentUser currentUser;

    EmailConsent(PersonService people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    public boolean given() {
        return people.isEmailPublic(currentUser.require().personId());
    }

    @Transactional
    public void set(boolean given) {
        people.setEmailPublic(currentUser.require().personId(), given);
    }
}
