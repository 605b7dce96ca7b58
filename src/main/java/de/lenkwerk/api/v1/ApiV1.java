package de.lenkwerk.api.v1;

/** Where version 1 of the REST API lives; the OpenAPI document describes everything under it. */
public final class ApiV1 {

    public static final String BASE = "/api/v1";
    public static final String OPENAPI = BASE + "/openapi.json";
    public static final String DOCS = "/api/docs";

    private ApiV1() {
    }
}
