/**
 * What `footing kb` prints: stable JSON for tools and short lines for people.
 * @module
 */
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';

/** `footing kb conditions`: id, names, zones and flags per condition. @example listConditions(kb).lines[0] */
export function listConditions(kb: KnowledgeBase) {
  return {
    json: kb.conditions.map((c) => ({
      id: c.id, name: c.name, clinicalName: c.clinicalName, zones: c.zones, redFlag: c.redFlag, category: c.category,
      care: c.care.level, running: c.running.advice, protocol: c.protocol,
    })),
    lines: kb.conditions.map((c) => `${c.id.padEnd(40)} ${c.redFlag ? '⚠ ' : '  '}${c.care.level.padEnd(9)} ${c.name}`),
  };
}

/** `footing kb findings`: each finding's id, type and label. @example listFindings(kb).json.length */
export function listFindings(kb: KnowledgeBase) {
  return {
    json: kb.findings.map((f) => ({
      id: f.id, category: f.category, type: f.type, question: f.question, label: f.label, redFlag: f.redFlag,
      ...(f.zone ? { zone: f.zone } : {}), ...(f.options ? { options: f.options.map((o) => o.value) } : {}),
      ...(f.unit ? { unit: f.unit } : {}), lexicon: f.lexicon,
    })),
    lines: kb.findings.map((f) => `${f.id.padEnd(40)} ${f.type.padEnd(8)} ${f.question}`),
  };
}

/** `footing kb self-tests`: each self-test's id and name. @example listSelfTests(kb).lines */
export function listSelfTests(kb: KnowledgeBase) {
  return {
    json: kb.selfTests.map((t) => ({ id: t.id, name: t.name, purpose: t.purpose, findings: t.findings, needsHelper: t.needsHelper, contraindicatedBy: t.contraindicatedBy })),
    lines: kb.selfTests.map((t) => `${t.id.padEnd(32)} ${t.name}`),
  };
}

/** `footing kb exercises`: each exercise's id and name. @example listExercises(kb).lines */
export function listExercises(kb: KnowledgeBase) {
  return {
    json: kb.exercises.map((x) => ({ id: x.id, name: x.name, purpose: x.purpose, bodyArea: x.bodyArea, equipment: x.equipment, dosage: x.dosage, progression: x.progression ?? null, regression: x.regression ?? null })),
    lines: kb.exercises.map((x) => `${x.id.padEnd(36)} ${x.purpose.padEnd(10)} ${x.name}`),
  };
}

/** Find any entity by id and describe it. */
export function showEntity(kb: KnowledgeBase, id: string): { json: unknown; text: string } | undefined {
  const c = kb.conditionById.get(id);
  if (c) {
    const cites = c.sources.map((s) => kb.sourceById.get(s)?.citation ?? s);
    return {
      json: c,
      text: [
        `${c.name} (${c.clinicalName})`, '', c.summary, '', `How it feels: ${c.feelsLike}`,
        `Care: ${c.care.level} — ${c.care.timeframe}. ${c.care.action}`,
        `Running: ${c.running.advice} — ${c.running.guidance}`,
        `Recovery: usually ${c.recovery.minWeeks}–${c.recovery.maxWeeks} weeks`,
        `Zones: ${c.zones.join(', ')}`, '', 'Sources:', ...cites.map((s) => `  - ${s}`),
      ].join('\n'),
    };
  }
  const f = kb.findingById.get(id);
  if (f) return { json: f, text: `${f.label}: ${f.question} (${f.type}${f.redFlag ? ', red flag' : ''})\nWords runners use: ${f.lexicon.join('; ')}` };
  const t = kb.selfTestById.get(id);
  if (t) return { json: t, text: `${t.name}\n${t.purpose}\n${t.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\nSafety: ${t.safety.join(' ')}` };
  const x = kb.exerciseById.get(id);
  if (x) return { json: x, text: `${x.name} (${x.purpose})\n${x.summary}\n${x.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}` };
  const p = kb.protocolById.get(id);
  if (p) return { json: p, text: `${p.name}` };
  const z = kb.zoneById.get(id);
  if (z) return { json: z, text: `${z.name}: ${z.description}` };
  return undefined;
}
