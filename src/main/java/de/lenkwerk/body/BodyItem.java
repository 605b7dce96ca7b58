package de.lenkwerk.body;

public record BodyItem(Long id, long version, String name, String shortName, BodyType type, Long parentId,
                       String parentName, String description, boolean archived, String actionPrefix,
                       boolean oparlPublic) {

    public BodyData toData() {
        return new BodyData(name, shortName, type, parentId, description, archived, actionPrefix);
    }
}
