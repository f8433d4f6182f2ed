/**
 * `/training/import`: choose or drop files (a plain multipart form POST works without JavaScript), then
 * `/training/import/:id` shows the job: a <progress> bar and an aria-live status that import.js updates by polling
 * the API; without JavaScript a Refresh link does the same. The report lists every duplicate and failure, and the
 * rows of a Strava export whose file was missing (with whether the CSV's figures were stored instead).
 * @module
 */
import { html } from 'hono/html';
import type { ImportJobView } from '../../services/import.ts';
import type { Html } from '../layout.ts';
import { errorSummary, trainingPage } from './training-parts.ts';

const STATUS = { queued: 'Waiting to start', running: 'Importing', done: 'Finished', failed: 'Stopped' } as const;

export function importFormPage(jobs: readonly ImportJobView[], opts: { error?: string | null } = {}): Html {
  return trainingPage({
    title: 'Import runs',
    path: '/training/import',
    scripts: ['/static/import.js'],
    body: html`<h1>Import your runs</h1>
<p class="lead">Watch files (.fit, .gpx, .tcx, also gzipped) or your whole Strava export (the .zip from Strava’s “Download your data”). Runs already in your log are skipped.</p>
${errorSummary(opts.error ?? null)}
<form method="post" action="/training/import" enctype="multipart/form-data" class="import-form" data-import-form>
  <div class="dropzone" data-dropzone>
    <label for="files">Choose files</label>
    <p class="hint" id="files-hint">Or drag them here. Large exports can take a few minutes; you can leave this page and come back.</p>
    <input type="file" id="files" name="files" multiple accept=".fit,.gpx,.tcx,.gz,.zip" aria-describedby="files-hint" required>
  </div>
  <p><button type="submit" class="primary">Import</button></p>
</form>
<div data-import-status hidden>
  <progress class="progress" max="100" value="0" aria-labelledby="import-status-text"></progress>
  <p id="import-status-text" aria-live="polite"></p>
</div>
${jobs.length > 0 ? html`<section aria-labelledby="past-h"><h2 id="past-h">Earlier imports</h2><ul>${jobs.map((j) => html`<li><a href="/training/import/${j.id}">${j.createdAt.slice(0, 16).replace('T', ' ')}</a>: ${STATUS[j.status]}${j.report ? ` — ${j.report.imported} imported, ${j.report.duplicates.length} duplicates, ${j.report.failed.length} failed` : ''}</li>`)}</ul></section>` : ''}`,
  });
}

/** The report in words. */
export function reportSummary(j: ImportJobView): string {
  if (j.status === 'failed') return `The import stopped: ${j.error ?? 'unknown error'}`;
  if (!j.report) return `${STATUS[j.status]}… ${j.percent ?? 0}%`;
  const r = j.report;
  const missing = r.missing.length === 0 ? '' : ` ${r.missing.length} listed in activities.csv but missing from the export.`;
  return `${r.imported} imported, ${r.duplicates.length} duplicate${r.duplicates.length === 1 ? '' : 's'} skipped, ${r.failed.length} file${r.failed.length === 1 ? '' : 's'} could not be read.${missing}`;
}

export function importJobPage(j: ImportJobView): Html {
  const finished = j.status === 'done' || j.status === 'failed';
  return trainingPage({
    title: 'Import progress',
    path: '/training/import',
    scripts: ['/static/import.js'],
    body: html`<h1>Import</h1>
<div data-import-job="${j.id}" data-finished="${finished ? 'true' : 'false'}">
  <progress class="progress" max="100" value="${j.percent ?? 0}" aria-labelledby="import-status-text">${j.percent ?? 0}%</progress>
  <p id="import-status-text" aria-live="polite">${reportSummary(j)}</p>
  ${finished ? '' : html`<p data-refresh><a href="/training/import/${j.id}">Refresh to see progress</a></p>`}
</div>
${j.report && j.report.failed.length > 0 ? html`<h2>Files that could not be read</h2><ul class="failures">${j.report.failed.map((f) => html`<li><strong>${f.source}</strong>: ${f.reason}</li>`)}</ul>` : ''}
${j.report && j.report.missing.length > 0 ? html`<h2>Listed in activities.csv but missing from the export</h2><p>Strava’s list names these files, but they were not in the zip. Where the list gave a distance and a time, that was stored as a manual activity.</p><ul class="failures">${j.report.missing.map((m) => html`<li><strong>${m.source}</strong> (${m.file}): ${m.reason}</li>`)}</ul>` : ''}
${j.report && j.report.duplicates.length > 0 ? html`<details><summary>${j.report.duplicates.length} duplicates skipped</summary><ul>${j.report.duplicates.map((d) => html`<li>${d.source} (${d.startTime.slice(0, 16).replace('T', ' ')})</li>`)}</ul></details>` : ''}
<p><a class="button" href="/training">See your timeline</a> <a class="button secondary" href="/training/import">Import more</a></p>`,
  });
}
