/**
 * `footing kb …`: lint and browse the knowledge base.
 * @module
 */
import type { KnowledgeBase } from '../../core/kb/knowledge-base.ts';
import { validateKnowledgeBase } from '../../core/kb/load.ts';
import { AppError } from '../../core/errors.ts';
import { readKnowledgeBase, readRawKnowledgeBase, DEFAULT_KB_DIR } from '../../kb-files/read-kb.ts';
import { parseFlags, runSafely, UsageError, type CliCommand, type CliIo } from '../command.ts';
import { listConditions, listExercises, listFindings, listSelfTests, showEntity } from '../kb/listings.ts';

const usage = 'usage: footing kb <lint|conditions|findings|self-tests|exercises|show ID> [--json] [--dir DIR]';

type Lister = (kb: KnowledgeBase) => { json: unknown[]; lines: string[] };
const listers: Record<string, Lister> = {
  conditions: listConditions,
  findings: listFindings,
  'self-tests': listSelfTests,
  exercises: listExercises,
};

async function lint(dir: string, json: boolean, io: CliIo): Promise<number> {
  const { kb, problems } = validateKnowledgeBase(await readRawKnowledgeBase(dir));
  if (json) io.stdout(`${JSON.stringify({ version: kb.version, ok: problems.length === 0, problems })}\n`);
  else if (problems.length === 0) {
    io.stdout(`knowledge base ${kb.version} is valid: ${kb.conditions.length} conditions, ${kb.findings.length} findings, ${kb.selfTests.length} self-tests, ${kb.exercises.length} exercises, ${kb.protocols.length} protocols, ${kb.sources.length} sources\n`);
  } else {
    for (const p of problems) io.stderr(`${p}\n`);
    io.stderr(`error: knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  }
  return problems.length === 0 ? 0 : 1;
}

export const kbCommand: CliCommand = {
  name: 'kb',
  summary: 'lint the knowledge base, or list and show its conditions, findings, self-tests and exercises',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const { values, positionals } = parseFlags(args, { json: { type: 'boolean' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, true);
      const [sub, id, ...rest] = positionals;
      if (values.help || sub === undefined) {
        io.stdout(`${usage}\n`);
        return values.help ? 0 : 2;
      }
      if (rest.length > 0) throw new UsageError(`unexpected argument ${rest[0]}`);
      const dir = values.dir ?? DEFAULT_KB_DIR;
      const json = values.json === true;
      if (sub === 'lint') return lint(dir, json, io);
      const kb = await readKnowledgeBase(dir);
      if (sub === 'show') {
        if (id === undefined) throw new UsageError('kb show needs an ID');
        const found = showEntity(kb, id);
        if (!found) throw new AppError('not_found', `no condition, finding, self-test, exercise, protocol or zone with id "${id}"`);
        io.stdout(json ? `${JSON.stringify(found.json, null, 2)}\n` : `${found.text}\n`);
        return 0;
      }
      const lister = listers[sub];
      if (!lister) throw new UsageError(`unknown kb sub-command "${sub}"`);
      if (id !== undefined) throw new UsageError(`unexpected argument ${id}`);
      const out = lister(kb);
      io.stdout(json ? `${JSON.stringify(out.json)}\n` : `${out.lines.join('\n')}\n`);
      return 0;
    }),
};
