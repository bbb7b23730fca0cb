/**
 * The Google Gemini adapter for the core's {@link io.vigint.core.video.analysis.IncidentAnalyzer} port:
 * a window goes to {@code generateContent} as one inline video clip (made by the core's {@code ClipEncoder};
 * inline images when no clip can be made) with a prompt asking for a JSON verdict, through the JDK's HTTP
 * client. {@link io.vigint.gemini.GeminiModule} binds it.
 */
package io.vigint.gemini;
