package de.lenkwerk.organisation;

public enum OrganisationType {
    JOBCENTER, KOMMUNE, AGENTUR_FUER_ARBEIT, KAMMER, NETZWERK, TRAEGER, SONSTIGE
}
