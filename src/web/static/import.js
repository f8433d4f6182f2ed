// Progressive enhancement for /training/import: drag-and-drop onto the file input, upload through the API, then
// poll the job and show progress in the <progress> bar and the aria-live status. Without this file the form posts
// normally and the job page has a Refresh link.
const STATUS = { queued: 'Waiting to start', running: 'Importing', done: 'Finished', failed: 'Stopped' };

function summary(job) {
  if (job.status === 'failed') return `The import stopped: ${job.error || 'unknown error'}`;
  if (!job.report) return `${STATUS[job.status]}… ${job.percent ?? 0}%`;
  const r = job.report;
  return `${r.imported} imported, ${r.duplicates.length} duplicate${r.duplicates.length === 1 ? '' : 's'} skipped, ${r.failed.length} file${r.failed.length === 1 ? '' : 's'} could not be read.`;
}

async function poll(id, bar, text, onDone) {
  for (;;) {
    const res = await fetch(`/api/v1/imports/${encodeURIComponent(id)}`, { headers: { accept: 'application/json' } });
    if (!res.ok) { text.textContent = 'Could not get the progress. Refresh the page to try again.'; return; }
    const { job } = await res.json();
    bar.value = job.percent ?? 0;
    text.textContent = summary(job);
    if (job.status === 'done' || job.status === 'failed') { onDone(job); return; }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

const form = document.querySelector('[data-import-form]');
if (form) {
  const input = form.querySelector('input[type=file]');
  const zone = form.querySelector('[data-dropzone]');
  const box = document.querySelector('[data-import-status]');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('dragover'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragover'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('dragover');
    if (e.dataTransfer && e.dataTransfer.files.length > 0) input.files = e.dataTransfer.files;
  });
  form.addEventListener('submit', async (e) => {
    if (!input.files || input.files.length === 0) return;
    e.preventDefault();
    const bar = box.querySelector('progress');
    const text = box.querySelector('[aria-live]');
    box.hidden = false;
    text.textContent = 'Uploading…';
    const data = new FormData();
    for (const f of input.files) data.append('files', f);
    const res = await fetch('/api/v1/imports', { method: 'POST', body: data });
    if (!res.ok) {
      const body = await res.json().catch(() => null);
      text.textContent = body && body.error ? body.error.message : 'The upload failed.';
      return;
    }
    const { job } = await res.json();
    await poll(job.id, bar, text, (done) => { window.location.assign(`/training/import/${done.id}`); });
  });
}

const jobBox = document.querySelector('[data-import-job]');
if (jobBox && jobBox.dataset.finished !== 'true') {
  const refresh = jobBox.querySelector('[data-refresh]');
  if (refresh) refresh.hidden = true;
  poll(jobBox.dataset.importJob, jobBox.querySelector('progress'), jobBox.querySelector('[aria-live]'), () => { window.location.reload(); });
}
