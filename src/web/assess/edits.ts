/**
 * Edits before the questions: correcting chips (toggle yes/no, change a number, side or choice, remove), adding
 * more words, and turning the body map's ticks and side into `pain-<zone>` and `side` findings.
 * @module
 */
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { MAX_TEXT_LENGTH } from '../../core/triage/index.ts';
import { understandWords } from '../../services/triage.ts';
import type { FindingValue } from '../../core/triage/index.ts';
import { editEvidence, MAX_STATE_TEXT, stateHints, valueOf, type AssessState, type Change, type StateEntry } from './state.ts';

const SIDES = new Set(['left', 'right', 'both']);

function parseEdit(kb: KnowledgeBase, id: string, raw: string): FindingValue | { error: string } | null {
  const f = kb.findingById.get(id);
  if (!f) return null;
  if (f.type === 'number') {
    const n = raw.trim() === '' ? Number.NaN : Number(raw.replace(',', '.'));
    if (!Number.isFinite(n) || (f.min !== undefined && n < f.min) || (f.max !== undefined && n > f.max)) {
      return { error: `“${f.label}” needs a number${f.min !== undefined ? ` from ${f.min}` : ''}${f.max !== undefined ? ` to ${f.max}` : ''}.` };
    }
    return n;
  }
  if (f.type === 'side') return SIDES.has(raw) ? raw : null;
  if (f.type === 'choice') return (f.options ?? []).some((o) => o.value === raw) ? raw : null;
  return null;
}

/**
 * Apply the chips form: `set:<id>` fields (numbers, sides, choices) and the pressed button (`toggle:<id>`,
 * `remove:<id>`). Only findings already in the state can be edited here.
 */
export function applyChipEdits(kb: KnowledgeBase, state: AssessState, form: Readonly<Record<string, unknown>>): { state: AssessState } | { error: string } {
  const changes: Change[] = [];
  for (const [key, raw] of Object.entries(form)) {
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (!key.startsWith('set:') || typeof value !== 'string') continue;
    const id = key.slice(4);
    const current = valueOf(state, id);
    if (current === undefined) continue;
    const parsed = parseEdit(kb, id, value);
    if (parsed !== null && typeof parsed === 'object') return { error: parsed.error };
    if (parsed !== null && parsed !== current) changes.push([id, parsed]);
  }
  const opRaw = form.op;
  const op = typeof opRaw === 'string' ? opRaw : '';
  const [verb, id = ''] = op.split(':', 2);
  const current = valueOf(state, id);
  if (verb === 'remove' && current !== undefined) changes.push([id, null]);
  if (verb === 'toggle' && current !== undefined) changes.push([id, current !== true]);
  return { state: editEvidence(state, changes) };
}

/**
 * Understand more words and add them to the text; what they say replaces what the state had for the same
 * findings. Spans are shifted so they still point into the whole text. Words that would make the text longer
 * than the state can carry are refused with a message, rather than producing a state the next step rejects.
 * @example addWords(kb, newState('sore heel'), 'for 3 weeks', '2026-05-01')
 */
export function addWords(kb: KnowledgeBase, state: AssessState, more: string, today: string): { state: AssessState; notes: string[] } | { error: string } {
  const text = state.text === '' ? more : `${state.text}\n${more}`;
  if (more.length > MAX_TEXT_LENGTH || text.length > MAX_STATE_TEXT) {
    return { error: 'That is more than Footing can read in one go. Please add a shorter note, or carry on to the questions.' };
  }
  const offset = text.length - more.length;
  const understood = understandWords(null, kb, more, today);
  const added: StateEntry[] = understood.findings.map((f) => ({
    id: f.id, value: f.value, source: 'text', ...(f.span ? { span: [f.span[0] + offset, f.span[1] + offset] } : {}),
  }));
  const ids = new Set(added.map((a) => a.id));
  const evidence = [...state.evidence.filter((e) => !ids.has(e.id)), ...added];
  // A condition named in the added words is a hint too; the first mention of a condition is the one kept.
  const known = new Set((state.hints ?? []).map((h) => h.conditionId));
  const hints = [...(state.hints ?? []), ...stateHints(understood.hints.filter((h) => !known.has(h.conditionId)), offset)];
  return { state: { ...state, text, evidence, ...(hints.length > 0 ? { hints } : {}) }, notes: understood.notes };
}

/**
 * The body map's answer as changes: each ticked zone is `pain-<zone>` yes; a zone that was yes and is now
 * unticked is removed (unknown again, not "no"); the side is set, or removed for "rather not say".
 * @example whereChanges(kb, state, ['arch'], 'left') // [['pain-arch', true], ['side', 'left']]
 */
export function whereChanges(kb: KnowledgeBase, state: AssessState, zones: readonly string[], side: string): Change[] {
  const ticked = new Set(zones);
  const changes: Change[] = [];
  for (const z of kb.zones) {
    const id = `pain-${z.id}`;
    if (!kb.findingById.has(id)) continue;
    const now = valueOf(state, id);
    if (ticked.has(z.id) && now !== true) changes.push([id, true]);
    if (!ticked.has(z.id) && now === true) changes.push([id, null]);
  }
  const currentSide = valueOf(state, 'side');
  if (SIDES.has(side) && currentSide !== side) changes.push(['side', side]);
  if (side === '' && currentSide !== undefined) changes.push(['side', null]);
  return changes;
}
