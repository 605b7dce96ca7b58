/**
 * The REST API under {@code /api/v1} (OpenAPI 3.1 at {@code /api/v1/openapi.json}) and the personal API tokens that
 * sign in to it. The API reads and writes only through the features' services, as the signed-in token user, so it
 * sees and may do exactly what the screens let that user see and do.
 */
@ApplicationModule(displayName = "REST API",
        allowedDependencies = {"base", "security", "body", "meeting", "action", "report"})
package de.lenkwerk.api;

import org.springframework.modulith.ApplicationModule;
