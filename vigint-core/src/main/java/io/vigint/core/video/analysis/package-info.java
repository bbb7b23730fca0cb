/**
 * Two-stage incident analysis of a client's buffered frames: screening on the short window and, when it
 * finds something, confirmation on the long window, which has the final word. The {@link
 * io.vigint.core.video.analysis.IncidentAnalyzer} port does the looking; vigint-media's
 * {@code MotionAnalyzer} is the local analyzer (frame differencing, no network).
 */
package io.vigint.core.video.analysis;
