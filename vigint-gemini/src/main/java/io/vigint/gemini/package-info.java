/**
 * The Google Gemini adapter for the core's {@link io.vigint.core.video.analysis.IncidentAnalyzer} port:
 * frames go to {@code generateContent} as inline images with a prompt asking for a JSON verdict, through
 * the JDK's HTTP client. {@link io.vigint.gemini.GeminiModule} binds it.
 */
package io.vigint.gemini;
