/**
 * Parses a vignette JSONL file's text. A bad line is reported (with its line number and id when it has
 * one) and skipped, so one typo never hides the rest of the set.
 * @module
 */
import { z } from 'zod';
import { vignetteSchema, type Vignette } from './vignette-schema.ts';

/** A line that could not be used. */
export interface VignetteLineError {
  readonly line: number;
  readonly id?: string;
  readonly message: string;
}

/** The usable vignettes and the rejected lines. */
export interface ParsedVignettes {
  readonly vignettes: Vignette[];
  readonly errors: VignetteLineError[];
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return undefined;
}

/**
 * Parse JSONL text into vignettes; blank lines and lines starting with `//` are ignored; duplicate ids are errors.
 * @example parseVignettes('{"id":"v001","text":"…",…}\n').vignettes.length // 1
 */
export function parseVignettes(text: string): ParsedVignettes {
  const vignettes: Vignette[] = [];
  const errors: VignetteLineError[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      errors.push({ line, message: 'not valid JSON' });
      return;
    }
    const id = idOf(json);
    const parsed = vignetteSchema.safeParse(json);
    if (!parsed.success) {
      errors.push({ line, ...(id ? { id } : {}), message: z.prettifyError(parsed.error).replace(/\n/g, '; ') });
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push({ line, id: parsed.data.id, message: `duplicate id ${parsed.data.id}` });
      return;
    }
    seen.add(parsed.data.id);
    vignettes.push(parsed.data);
  });
  return { vignettes, errors };
}
