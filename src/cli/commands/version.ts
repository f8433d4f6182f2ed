/** `footing version`: app and knowledge-base versions. */
import { APP_VERSION } from '../../config/version.ts';
import { readKnowledgeBase } from '../../kb-files/read-kb.ts';
import { parseFlags, runSafely, type CliCommand } from '../command.ts';

const usage = 'usage: footing version [--json]';

export const versionCommand: CliCommand = {
  name: 'version',
  summary: 'print the app and knowledge-base versions',
  usage,
  run: (args, io) =>
    runSafely(io, usage, async () => {
      const { values } = parseFlags(args, { json: { type: 'boolean' } });
      const kbVersion = await readKnowledgeBase().then((kb) => kb.version, () => 'invalid');
      const node = process.versions.node;
      io.stdout(values.json ? `${JSON.stringify({ version: APP_VERSION, kbVersion, node })}\n` : `footing ${APP_VERSION} (knowledge base ${kbVersion}, node ${node})\n`);
      return 0;
    }),
};
