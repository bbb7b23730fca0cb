/** The Google Gemini adapter for the core's incident-analyzer port. */
package io.vigint.gemini;
