package de.lenkwerk.body;

import java.time.LocalDateTime;

/** A body its secretariat has published ("öffentlich"), with its timestamps, for the OParl interface. */
public record PublicBody(BodyItem body, LocalDateTime created, LocalDateTime modified) {

    public long id() {
        return body.id();
    }
}
