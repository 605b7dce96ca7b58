package de.lenkwerk.report;

/** The fields an imported list can fill; each is mapped to a column of the sheet. */
public enum ImportField {
    NUMBER, TITLE, OWNER, ORGANISATION, DEADLINE, STATUS, PROGRESS, DESCRIPTION
}
