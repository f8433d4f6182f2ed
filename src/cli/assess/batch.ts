/**
 * `--batch FILE.jsonl`: one result line per input line, in order. A bad line yields an error line for its id
 * and the rest continue. Keys other than `id`, `text` and `evidence` are ignored.
 * @module
 */
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { AppError, describeError } from '../../core/errors.ts';
import { triage } from '../../services/triage.ts';

/**
 * Assess each JSONL line `{"id":…,"text":…}` or `{"id":…,"evidence":…}`; returns output lines and the count of bad lines.
 * @example runBatch(kb, '{"id":"a","text":"heel hurts"}\n').lines[0] // '{"id":"a","result":{…}}'
 */
export function runBatch(kb: KnowledgeBase, content: string, today?: string): { lines: string[]; bad: number } {
  const lines: string[] = [];
  let bad = 0;
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let id: unknown = `line-${i + 1}`;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('each line must be a JSON object');
      const { id: given, text, evidence } = parsed as Record<string, unknown>;
      if (given !== undefined) id = given;
      if (text === undefined && evidence === undefined) throw new AppError('bad_input', 'the line needs "text" or "evidence"');
      // Other keys (a gold label, age, notes) are the caller's own columns, so a labelled case file can be fed as is.
      lines.push(JSON.stringify({ id, result: triage(null, kb, { text, evidence }, today) }));
    } catch (err) {
      bad += 1;
      lines.push(JSON.stringify({ id, error: err instanceof SyntaxError ? `line ${i + 1} is not valid JSON` : describeError(err) }));
    }
  });
  return { lines, bad };
}
