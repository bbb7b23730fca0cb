/** Camera frames, per-client frame buffers, incident analysis, clips and alerts. */
package io.vigint.core.video;
