/**
 * Interactive `footing assess`: one question at a time with progress; "b" goes back, "s" skips (unknown),
 * a summary at the end. Reads lines from any input, so it also works when stdin is not a terminal.
 * @module
 */
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { assess } from '../../core/triage/index.ts';
import type { EvidenceInput, NextQuestion, TriageResult } from '../../core/triage/index.ts';
import { formatResult } from './format.ts';

/** Line-oriented I/O for the dialogue; `ask` resolves null at end of input. */
export interface DialogueIo {
  readonly write: (text: string) => void;
  readonly ask: (prompt: string) => Promise<string | null>;
}

function parseAnswer(q: NextQuestion, raw: string): EvidenceInput[] | 'invalid' {
  const a = raw.trim().toLowerCase();
  if (q.kind === 'red-flag-screen') {
    const items = q.items ?? [];
    if (a === 'none' || a === 'n' || a === 'no' || a === '0') return items.map((i) => ({ id: i.findingId, value: false }));
    const picked = a.split(/[\s,]+/).map(Number);
    if (picked.some((n) => !Number.isInteger(n) || n < 1 || n > items.length)) return 'invalid';
    return items.map((item, k) => ({ id: item.findingId, value: picked.includes(k + 1) }));
  }
  const id = q.findingId ?? '';
  if (q.type === 'boolean') {
    if (['y', 'yes'].includes(a)) return [{ id, value: true }];
    if (['n', 'no'].includes(a)) return [{ id, value: false }];
    if (['?', 'unknown', 'not sure', 'dont know'].includes(a)) return [{ id, value: 'unknown' }];
    return 'invalid';
  }
  if (q.type === 'number') {
    const n = Number(a);
    return Number.isFinite(n) && a !== '' ? [{ id, value: n }] : 'invalid';
  }
  const options = q.options ?? [];
  const byNumber = options[Number(a) - 1];
  const match = byNumber ?? options.find((o) => o.value === a || o.label.toLowerCase() === a);
  return match ? [{ id, value: match.value }] : 'invalid';
}

function describe(q: NextQuestion, step: number): string {
  const lines = [`\nQuestion ${step}: ${q.text}`];
  if (q.selfTest) {
    lines.push(`Self-test: ${q.selfTest.name}`, ...q.selfTest.steps.map((s, i) => `  ${i + 1}. ${s}`), ...q.selfTest.safety.map((s) => `  Safety: ${s}`));
  }
  if (q.items) lines.push(...q.items.map((i, k) => `  ${k + 1}. ${i.question}`), 'Type the numbers that apply (e.g. 1,3) or "none".');
  else if (q.options) lines.push(...q.options.map((o, k) => `  ${k + 1}. ${o.label}`));
  else if (q.type === 'boolean') lines.push('Answer y (yes), n (no) or ? (not sure).');
  else if (q.type === 'number') lines.push(`Type a number${q.unit ? ` (${q.unit})` : ''}.`);
  lines.push('(b = back, s = skip)');
  return `${lines.join('\n')}\n`;
}

/**
 * Run the dialogue; returns the final result.
 * @example await interactiveAssess(kb, { write: process.stdout.write, ask })
 */
export async function interactiveAssess(kb: KnowledgeBase, io: DialogueIo, today?: string): Promise<TriageResult> {
  const opts = today === undefined ? {} : { today };
  io.write('Tell us about your pain in your own words (where, since when, what makes it worse), or press Enter to skip.\n');
  const text = (await io.ask('> ')) ?? '';
  const history: EvidenceInput[][] = [];
  let result = assess(kb, { text }, opts);
  for (const f of result.findings) io.write(`  understood: ${kb.findingById.get(f.id)?.label ?? f.id} = ${String(f.value)}\n`);
  while (result.nextQuestion) {
    const q = result.nextQuestion;
    io.write(describe(q, history.length + 1));
    const raw = await io.ask('> ');
    if (raw === null) break;
    const a = raw.trim().toLowerCase();
    if (a === 'b' || a === 'back') {
      history.pop();
    } else if (a === 's' || a === 'skip') {
      history.push(q.findingId ? [{ id: q.findingId, value: 'unknown' }] : (q.items ?? []).map((i) => ({ id: i.findingId, value: 'unknown' as const })));
    } else {
      const answer = parseAnswer(q, raw);
      if (answer === 'invalid') {
        io.write('Sorry, I did not understand that answer.\n');
        continue;
      }
      history.push(answer);
    }
    result = assess(kb, { text, evidence: history.flat() }, opts);
  }
  io.write(`\n— Summary (${history.length} answers) —\n${formatResult(result, kb)}`);
  return result;
}
