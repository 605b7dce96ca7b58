package de.lenkwerk.body;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a form edits about a body. The action prefix starts every action number, e.g. LA-DD in LA-DD-2026-03. */
public record BodyData(
        @NotBlank @Size(max = NAME_MAX) String name,
        @NotBlank @Size(max = SHORT_NAME_MAX) String shortName,
        @NotNull BodyType type,
        Long parentId,
        @Size(max = DESCRIPTION_MAX) String description,
        boolean archived,
        @NotBlank @Size(max = PREFIX_MAX) @Pattern(regexp = PREFIX_PATTERN) String actionPrefix) {

    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 40;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PREFIX_MAX = 20;
    public static final String PREFIX_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

    public static BodyData empty() {
        return new BodyData("", "", BodyType.STEERING_COMMITTEE, null, "", false, "");
    }
}
