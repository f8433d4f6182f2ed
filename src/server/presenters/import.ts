/**
 * Import job as the API shows it: status, progress and report. The temp folder and owner stay on the server.
 * @module
 */
import type { ImportJobView, ImportReport } from '../../services/import.ts';

/** An import job in `/api/v1` responses (progress in KiB read of `total`). */
export interface ImportJobJson {
  readonly id: string;
  readonly status: ImportJobView['status'];
  readonly progress: number;
  readonly total: number | null;
  readonly percent: number | null;
  readonly files: readonly string[];
  readonly report: ImportReport | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** @example c.json({ job: presentImportJob(await getImportJob(actor, deps, id)) }) */
export function presentImportJob(j: ImportJobView): ImportJobJson {
  return {
    id: j.id, status: j.status, progress: j.progress, total: j.total, percent: j.percent, files: j.files,
    report: j.report === null ? null : presentReport(j.report), error: j.error, createdAt: j.createdAt, updatedAt: j.updatedAt,
  };
}

function presentReport(r: ImportReport): ImportReport {
  return {
    imported: r.imported,
    duplicates: r.duplicates.map((d) => ({ source: d.source, startTime: d.startTime, existingId: d.existingId })),
    failed: r.failed.map((f) => ({ source: f.source, reason: f.reason })),
    missing: r.missing.map((m) => ({ source: m.source, file: m.file, reason: m.reason, stored: m.stored })),
  };
}
