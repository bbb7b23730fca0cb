/**
 * Alerts over HTTP: {@code POST /api/alert} and {@code POST /api/video/alert} (an API key or token), and
 * {@code GET /video/{id}?token=…}, the incident clip behind a signed, expiring link (no other credential).
 * Not part of {@link io.vigint.http.HttpModule}'s fixed set: whoever binds {@link
 * io.vigint.core.alert.SendAlertUseCase} and {@link io.vigint.core.clip.FetchClipUseCase} adds
 * these resources (records) with {@link io.vigint.http.alert.AlertHttpModule} or {@code
 * HttpModule.addRecordResources(binder(), …)}.
 */
package io.vigint.http.alert;
