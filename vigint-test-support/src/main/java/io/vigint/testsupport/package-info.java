/**
 * Test-only helpers shared by the modules' tests: external tools (ffmpeg, ffprobe, Chromium) found and run,
 * skipping where absent and failing under CI. A test-scope dependency only; nothing in production imports it.
 */
package io.vigint.testsupport;
