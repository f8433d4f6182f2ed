/**
 * `npm run accuracy-report [FILE]`: runs the vignette sets through the triage engine and rewrites
 * docs/accuracy.md. The original set (or FILE) is the gated one: its figures, per-condition table and
 * misses, and exit 1 if its CI gate fails, so a regenerated page never hides a failing gate. The
 * unseen-narrative sets (test/vignettes/README.md) are reported beside it but never gated: dev2 to
 * dev30 in full, the holdout as aggregate figures and red-flag under-triage ids only, so it cannot become a
 * tuning set.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateJsonl, formatMarkdownReport, formatRate, type EvalReport, type FileEvaluation } from '../src/core/eval/index.ts';
import { triageAssess } from '../src/core/eval/triage-binding.ts';
import { readKnowledgeBase } from '../src/kb-files/read-kb.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const vignetteFile = process.argv[2] ?? 'test/vignettes/vignettes.jsonl';
const outFile = path.join(root, 'docs', 'accuracy.md');

/** A reported (not gated) set: `dev` shows its cases, `holdout` only aggregates. */
interface ExtraSet {
  readonly name: string;
  readonly file: string;
  readonly detail: 'dev' | 'holdout';
}
const extraSets: readonly ExtraSet[] = [
  { name: 'dev2', file: 'test/vignettes/dev2.jsonl', detail: 'dev' },
  { name: 'dev3', file: 'test/vignettes/dev3.jsonl', detail: 'dev' },
  { name: 'dev4', file: 'test/vignettes/dev4.jsonl', detail: 'dev' },
  { name: 'dev5', file: 'test/vignettes/dev5.jsonl', detail: 'dev' },
  { name: 'dev6', file: 'test/vignettes/dev6.jsonl', detail: 'dev' },
  { name: 'dev7', file: 'test/vignettes/dev7.jsonl', detail: 'dev' },
  { name: 'dev8', file: 'test/vignettes/dev8.jsonl', detail: 'dev' },
  { name: 'dev9', file: 'test/vignettes/dev9.jsonl', detail: 'dev' },
  { name: 'dev10', file: 'test/vignettes/dev10.jsonl', detail: 'dev' },
  { name: 'dev11', file: 'test/vignettes/dev11.jsonl', detail: 'dev' },
  { name: 'dev12', file: 'test/vignettes/dev12.jsonl', detail: 'dev' },
  { name: 'dev13', file: 'test/vignettes/dev13.jsonl', detail: 'dev' },
  { name: 'dev14', file: 'test/vignettes/dev14.jsonl', detail: 'dev' },
  { name: 'dev15', file: 'test/vignettes/dev15.jsonl', detail: 'dev' },
  { name: 'dev16', file: 'test/vignettes/dev16.jsonl', detail: 'dev' },
  { name: 'dev17', file: 'test/vignettes/dev17.jsonl', detail: 'dev' },
  { name: 'dev18', file: 'test/vignettes/dev18.jsonl', detail: 'dev' },
  { name: 'dev19', file: 'test/vignettes/dev19.jsonl', detail: 'dev' },
  { name: 'dev20', file: 'test/vignettes/dev20.jsonl', detail: 'dev' },
  { name: 'dev21', file: 'test/vignettes/dev21.jsonl', detail: 'dev' },
  { name: 'dev22', file: 'test/vignettes/dev22.jsonl', detail: 'dev' },
  { name: 'dev23', file: 'test/vignettes/dev23.jsonl', detail: 'dev' },
  { name: 'dev24', file: 'test/vignettes/dev24.jsonl', detail: 'dev' },
  { name: 'dev25', file: 'test/vignettes/dev25.jsonl', detail: 'dev' },
  { name: 'dev26', file: 'test/vignettes/dev26.jsonl', detail: 'dev' },
  { name: 'dev27', file: 'test/vignettes/dev27.jsonl', detail: 'dev' },
  { name: 'dev28', file: 'test/vignettes/dev28.jsonl', detail: 'dev' },
  { name: 'dev29', file: 'test/vignettes/dev29.jsonl', detail: 'dev' },
  { name: 'dev30', file: 'test/vignettes/dev30.jsonl', detail: 'dev' },
  { name: 'holdout', file: 'test/vignettes/holdout.jsonl', detail: 'holdout' },
  { name: 'holdout2', file: 'test/vignettes/holdout2.jsonl', detail: 'holdout' },
];

interface Evaluated {
  readonly name: string;
  readonly file: string;
  readonly result: FileEvaluation;
}

function row(label: string, cells: readonly string[], target: string): string {
  return `| ${label} | ${cells.join(' | ')} | ${target} |`;
}

function redFlagCell(r: EvalReport): string {
  const ids = r.redFlagUnderTriage.map((c) => c.id).join(', ');
  return `${r.redFlagUnderTriage.length} of ${r.redFlagTotal}${ids ? ` (${ids})` : ''}`;
}

/** Side-by-side figures for every set, then the dev sets' cases. Holdout cases are never listed beyond red flags. */
function unseenSection(main: Evaluated, extras: readonly Evaluated[]): string {
  const all = [main, ...extras];
  const reports = all.map((e) => e.result.report);
  const o: string[] = ['## Unseen narratives (reported, not gated)', ''];
  o.push(
    'The original set was used while the engine was tuned, so its figures flatter it. Further sets of free-text',
    'narratives, written without reading the engine, show how it does on descriptions it was not written against:',
    '`dev2`, `dev3` (heavier on understated red flags and look-alikes), `dev4` (very short messages, older,',
    'trail and teenage runners, non-native English, function-first and buried-fact accounts), `dev5` (every',
    'voice mixed, emergencies told calmly or buried in detail, common look-alikes), `dev6` (forum posts, club chats',
    'and booking forms, alarm words that are not red flags) and `dev7` (clinicians\' notes in shorthand, case',
    'reports, coaches, parents and telephone triage), `dev8` (every voice), `dev9` (two cases per condition) and `dev10` (the mix an',
    'app receives, as phone messages), `dev11` (presentations chosen to beat textbook wording) and `dev12` (30 red',
    'flags in everyday words), `dev13` to `dev16` and `dev20` (cases that need more care than they sound like), `dev17`',
    '(a month of an app\'s realistic mix), `dev18` (long accounts with the deciding fact buried) and `dev19` (first calls',
    'to a clinic, some alarming-sounding but harmless), `dev21` (short phone texts and voice-to-text), `dev22`',
    '(non-native English), `dev23` (clinicians\' case descriptions in full sentences), `dev24` (running-forum posts),',
    '`dev25` and `dev27` (emergencies and urgent cases told to beat textbook wording) and `dev26` (standardised lay',
    'vignettes of the kind used to audit symptom checkers), `dev28` (look-alike conditions told with the deciding detail),',
    '`dev29` (30 emergencies in everyday words) and `dev30` (a realistic mix) are open to the engine developers;',
    '`holdout` and `holdout2` must never be used for tuning, so only their aggregate figures and the ids of any under-triaged',
    'red-flag case appear here (see `test/vignettes/README.md`).',
    'The per-condition table, safety list and misses further down are for the original, gated set.', '',
  );
  o.push(`| measure | ${all.map((e) => `\`${path.basename(e.file)}\``).join(' | ')} | target |`);
  o.push(`|---|${all.map(() => '---|').join('')}---|`);
  o.push(row('vignettes (red-flag)', reports.map((r) => `${r.total} (${r.redFlagTotal})`), '—'));
  o.push(row('top-1', reports.map((r) => formatRate(r.top1)), '≥ 75%'));
  o.push(row('top-3', reports.map((r) => formatRate(r.top3)), '≥ 92%'));
  o.push(row('coverage', reports.map((r) => formatRate(r.coverage)), '—'));
  o.push(row('safe triage', reports.map((r) => formatRate(r.safeTriage)), '≥ 97%'));
  o.push(row('safe triage, gold emergency', reports.map((r) => formatRate(r.safeTriageByGoldLevel.emergency)), '100%'));
  o.push(row('under-triage', reports.map((r) => String(r.underTriage.length)), '—'));
  o.push(row('red-flag under-triage', reports.map(redFlagCell), '0'));
  o.push(row('running advice agreement', reports.map((r) => formatRate(r.runningAgreement)), '—'));
  o.push(row('advised more running than gold', reports.map((r) => String(r.unsafeRunning.length)), '0'));
  o.push('');
  for (const e of extras.filter((x) => extraSets.find((s) => s.name === x.name)?.detail === 'dev')) {
    o.push(...devDetail(e));
  }
  return o.join('\n');
}

function devDetail(e: Evaluated): string[] {
  const r = e.result.report;
  const o: string[] = [`### ${e.name}: cases to learn from`, ''];
  if (r.underTriage.length === 0) o.push('No vignette was under-triaged.');
  for (const c of r.underTriage) {
    o.push(`- under-triage: ${c.id}${c.redFlag ? ' (red flag)' : ''}, ${c.condition}: gold ${c.gold}, engine ${c.got ?? 'no answer'}`);
  }
  for (const c of r.unsafeRunning) o.push(`- more running than gold: ${c.id}, ${c.condition}: gold ${c.gold}, engine ${c.got}`);
  for (const c of r.perCondition) {
    for (const m of c.misses) {
      const got = m.error !== null ? `engine error: ${m.error}` : `top 3 ${m.top3.join(', ') || '(empty)'}${m.rank ? `, gold at #${m.rank}` : ', gold not listed'}`;
      o.push(`- miss: ${m.id} (${c.conditionId}): ${got}`);
    }
  }
  o.push('');
  return o;
}

/** Put the unseen-sets section just before the per-condition table of the gated set (or at the end). */
function insertSection(page: string, section: string): string {
  const marker = '## Per condition';
  const at = page.indexOf(marker);
  return at === -1 ? `${page}\n${section}\n` : `${page.slice(0, at)}${section}\n${page.slice(at)}`;
}

async function evaluateFile(name: string, file: string, assess: ReturnType<typeof triageAssess>): Promise<Evaluated> {
  const text = await readFile(path.resolve(root, file), 'utf8');
  const result = evaluateJsonl(text, assess);
  for (const e of result.lineErrors) console.error(`${name}: skipped line ${e.line}${e.id ? ` (${e.id})` : ''}: ${e.message}`);
  return { name, file, result };
}

const summary = (e: Evaluated): string => {
  const r = e.result.report;
  return `${e.name}: top-1 ${formatRate(r.top1)}, top-3 ${formatRate(r.top3)}, safe triage ${formatRate(r.safeTriage)}, red-flag under-triage ${r.redFlagUnderTriage.length}`;
};

try {
  const kb = await readKnowledgeBase();
  const assess = triageAssess(kb);
  const main = await evaluateFile('vignettes', vignetteFile, assess);
  const extras: Evaluated[] = [];
  for (const s of extraSets) extras.push(await evaluateFile(s.name, s.file, assess));
  const { report, gate } = main.result;
  const page = formatMarkdownReport(report, gate, {
    kbVersion: kb.version,
    date: new Date().toISOString().slice(0, 10),
    vignetteFile,
  });
  await writeFile(outFile, insertSection(page, unseenSection(main, extras)));
  console.log(`wrote ${path.relative(root, outFile)}`);
  for (const e of [main, ...extras]) console.log(summary(e));
  if (!gate.pass) {
    console.error(`CI gate fails: ${gate.failures.join('; ')}`);
    process.exitCode = 1;
  }
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
