/**
 * The OpenAPI document of the HTTP API ({@code GET /openapi.json}, public), built by swagger-core from the
 * annotations of the registered resources ({@link io.vigint.http.openapi.OpenApiDocument}), with the
 * shared responses, bodies and examples written once ({@link io.vigint.http.openapi.SharedComponents}),
 * so it cannot drift from the code.
 */
package io.vigint.http.openapi;
