/**
 * Renders the evaluation report for the terminal (`footing eval`).
 * @module
 */
import type { GateResult } from './gate.ts';
import type { EvalReport, Rate } from './summarise.ts';

/**
 * A rate as a percentage with its counts.
 * @example formatRate({ hits: 120, n: 130, rate: 120 / 130 }) // '92.3% (120/130)'
 */
export function formatRate(r: Rate): string {
  return `${(r.rate * 100).toFixed(1)}% (${r.hits}/${r.n})`;
}

/**
 * Plain-text report: headline figures, under-triage, unsafe running advice, misses by condition, gate verdict.
 * @example console.log(formatTextReport(report, checkGate(report)))
 */
export function formatTextReport(report: EvalReport, gate: GateResult): string {
  const out: string[] = [];
  out.push(`Vignettes: ${report.total} (${report.redFlagTotal} red-flag)`);
  out.push(`Top-1:            ${formatRate(report.top1)}`);
  out.push(`Top-3:            ${formatRate(report.top3)}`);
  out.push(`Coverage:         ${formatRate(report.coverage)}`);
  out.push(`Safe triage:      ${formatRate(report.safeTriage)}`);
  const byLevel = report.safeTriageByGoldLevel;
  out.push(`  by gold level:  emergency ${formatRate(byLevel.emergency)}, urgent ${formatRate(byLevel.urgent)}, doctor ${formatRate(byLevel.doctor)}, selfcare ${formatRate(byLevel.selfcare)}`);
  out.push(`Over-triage:      ${formatRate(report.overTriage)}`);
  out.push(`Under-triage:     ${report.underTriage.length} (red-flag: ${report.redFlagUnderTriage.length})`);
  out.push(`Running advice:   ${formatRate(report.runningAgreement)} agree, ${report.unsafeRunning.length} unsafe`);
  out.push(`Narratives:       top-1 ${formatRate(report.byKind.text.top1)}, top-3 ${formatRate(report.byKind.text.top3)}`);
  out.push(`Structured:       top-1 ${formatRate(report.byKind.evidence.top1)}, top-3 ${formatRate(report.byKind.evidence.top3)}`);
  if (report.engineErrors.length > 0) {
    out.push('', 'Engine errors:');
    for (const e of report.engineErrors) out.push(`  ${e.id}: ${e.message}`);
  }
  if (report.underTriage.length > 0) {
    out.push('', 'Under-triaged:');
    for (const c of report.underTriage) {
      out.push(`  ${c.id}${c.redFlag ? ' [red flag]' : ''} ${c.condition}: gold ${c.gold}, got ${c.got ?? 'no answer'}`);
    }
  }
  if (report.unsafeRunning.length > 0) {
    out.push('', 'Advised more running than gold:');
    for (const c of report.unsafeRunning) out.push(`  ${c.id} ${c.condition}: gold ${c.gold}, got ${c.got}`);
  }
  const missed = report.perCondition.filter((c) => c.misses.length > 0);
  if (missed.length > 0) {
    out.push('', 'Misses (gold not in top 3):');
    for (const c of missed) {
      out.push(`  ${c.conditionId} (${c.top3}/${c.n} in top 3)`);
      for (const m of c.misses) {
        const got = m.error !== null ? `error: ${m.error}` : `got ${m.top3.join(', ') || 'nothing'}${m.rank ? `; gold at #${m.rank}` : ''}`;
        out.push(`    ${m.id}: ${got}`);
      }
    }
  }
  out.push('', gate.pass ? 'Gate: PASS' : `Gate: FAIL\n${gate.failures.map((f) => `  - ${f}`).join('\n')}`);
  return out.join('\n');
}
