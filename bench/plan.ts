/** Planner figures for `npm run bench`: how long one 12-week plan and one check-in decision take. */
import { performance } from 'node:perf_hooks';
import { generatePlan } from '../src/core/planner/generate.ts';
import { planToICalendar } from '../src/core/planner/ical.ts';
import { readKnowledgeBase } from '../src/kb-files/read-kb.ts';

/** Median milliseconds per plan, per calendar export. */
export async function run(): Promise<{ name: string; value: number; unit: string }[]> {
  // The shipped KB: the figures should reflect the real protocols and exercises.
  const kb = await readKnowledgeBase();
  const req = { assessment: { conditionId: 'achilles-tendinopathy-midportion', runningAdvice: 'modify' as const, redFlags: [], findings: { 'flat-feet': true } }, startDate: '2026-03-02', weeks: 16 };
  const time = (fn: () => void, n = 50): number => {
    const samples: number[] = [];
    for (let i = 0; i < n; i += 1) { const t = performance.now(); fn(); samples.push(performance.now() - t); }
    samples.sort((a, b) => a - b);
    return Math.round((samples[Math.floor(n / 2)] ?? 0) * 100) / 100;
  };
  const r = generatePlan(kb, req);
  if (r.status !== 'plan') throw new Error('bench plan not generated');
  return [
    { name: 'planner: 16-week plan', value: time(() => { generatePlan(kb, req); }), unit: 'ms' },
    { name: 'planner: iCalendar export (16 weeks)', value: time(() => { planToICalendar(r.plan, { stamp: '2026-03-01T00:00:00Z', planId: 'b' }); }), unit: 'ms' },
  ];
}
