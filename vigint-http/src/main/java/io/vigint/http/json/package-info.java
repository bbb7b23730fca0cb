/**
 * The API's JSON: the one {@link com.fasterxml.jackson.databind.ObjectMapper} configuration and the
 * response shapes. Field names are the seed documents' and must not change: each shape has a fixture
 * test.
 */
package io.vigint.http.json;
