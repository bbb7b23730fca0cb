/** The video endpoints of the compatibility API (SPEC §3.1): frame buffers, incident analysis, alerts. */
package io.vigint.http.video;
