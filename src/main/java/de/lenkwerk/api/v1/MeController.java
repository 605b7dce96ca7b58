package de.lenkwerk.api.v1;

import de.lenkwerk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "me", description = "Who the token acts as")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping(ApiV1.BASE + "/me")
    @Operation(summary = "The user the token acts as, and whether it may write")
    MeDto me(Authentication authentication) {
        var user = currentUser.require();
        var writes = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("API_WRITE"));
        return new MeDto(user.accountId(), user.personId(), user.username(), user.displayName(), user.administrator(),
                writes);
    }
}
