package de.lenkwerk.paper;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the secretariat edits about a paper as a whole. */
public record PaperData(@NotBlank @Size(max = TITLE_MAX) String title, @Size(max = PURPOSE_MAX) String purpose) {

    public static final int TITLE_MAX = 300;
    public static final int PURPOSE_MAX = 4000;
    public static final int SECTION_TITLE_MAX = 300;
    public static final int SECTION_TEXT_MAX = 20000;
    public static final int TASK_MAX = 300;
    public static final int LEVEL_MAX = 100;
}
