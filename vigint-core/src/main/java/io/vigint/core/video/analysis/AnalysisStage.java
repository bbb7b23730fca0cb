package io.vigint.core.video.analysis;

/** The two stages of an analysis. An analyzer may look harder (or use another model) when confirming. */
public enum AnalysisStage {
    /** A quick look at the short window: is anything happening? */
    SCREENING,
    /** A second look at the long window after screening reported an incident; it has the final word. */
    CONFIRMATION
}
