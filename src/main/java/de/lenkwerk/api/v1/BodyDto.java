package de.lenkwerk.api.v1;

import de.lenkwerk.body.BodyItem;
import de.lenkwerk.body.BodyType;

public record BodyDto(long id, long version, String name, String shortName, BodyType type, Long parentId,
                      String parentName, String description, boolean archived, String actionPrefix) {

    static BodyDto of(BodyItem b) {
        return new BodyDto(b.id(), b.version(), b.name(), b.shortName(), b.type(), b.parentId(), b.parentName(),
                b.description(), b.archived(), b.actionPrefix());
    }
}
