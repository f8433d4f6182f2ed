/**
 * `footing inspect FILE [--json]`: reads one activity file (FIT, GPX, TCX or .gz) and prints the normalised
 * activity without storing anything; a multisport file (one FIT session or TCX activity per leg) prints one per leg,
 * as a JSON array with `--json`. Malformed input: exit 2 and one `error:` line on stderr.
 */
import { readFile } from 'node:fs/promises';
import { ActivityParseError, parseActivities } from '../../core/activities/index.ts';
import type { NormalisedActivity } from '../../core/activities/index.ts';
import { formatDistance, formatDuration } from '../../core/training/units.ts';

const USAGE = 'usage: footing inspect FILE [--json]';
const HELP = `Prints the activity in a FIT, GPX or TCX file (optionally .gz) without storing it.
--json prints one object: {"format","sport","startTime","distanceMeters","elapsedSeconds","movingSeconds","points",
"avgHeartRate","avgCadenceSpm"}. A multisport file (triathlon, duathlon, brick: several FIT sessions or TCX
activities) holds one activity per leg: --json then prints an array of those objects, one per leg in time order,
transitions left out.
Exit codes: 0 read, 2 not a readable activity file (one "error:" line on stderr), 1 anything else.
`;

/** Where a command writes; injected so tests need no child process. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** The exact fields `--json` prints, in this order (issue 5). */
export function inspectJson(a: NormalisedActivity): Record<string, unknown> {
  return {
    format: a.format,
    sport: a.sport,
    startTime: a.startTime,
    distanceMeters: a.distanceMeters,
    elapsedSeconds: a.elapsedSeconds,
    movingSeconds: a.movingSeconds,
    points: a.points,
    avgHeartRate: a.avgHeartRate,
    avgCadenceSpm: a.avgCadenceSpm,
  };
}

/**
 * Runs the command and returns the exit code (0 ok, 1 failure, 2 bad input).
 * @example await runInspect(['run.fit', '--json'], { stdout: console.log, stderr: console.error })
 */
export async function runInspect(args: readonly string[], io: CommandIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json');
  if (args.includes('--help')) {
    io.stdout(`${USAGE}\n${HELP}`);
    return 0;
  }
  if (files.length !== 1 || unknown.length > 0) {
    io.stderr(`error: ${unknown.length > 0 ? `unknown option ${unknown[0]}` : 'give exactly one FILE'} (${USAGE})\n`);
    return 2;
  }
  const file = files[0] ?? '';
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : '';
    io.stderr(`error: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code || 'read failed'}\n`);
    return 2;
  }
  try {
    const legs = await parseActivities(bytes, { fileName: file });
    const [only] = legs;
    if (json) io.stdout(`${JSON.stringify(only !== undefined && legs.length === 1 ? inspectJson(only) : legs.map(inspectJson))}\n`);
    else io.stdout(legs.map((a, i) => (legs.length === 1 ? '' : `— part ${i + 1} of ${legs.length} —\n`) + human(a)).join('\n'));
    return 0;
  } catch (err) {
    if (err instanceof ActivityParseError) {
      io.stderr(`error: ${file}: ${err.message}\n`);
      return 2;
    }
    io.stderr(`error: ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

function human(a: NormalisedActivity): string {
  const lines = [
    `${a.sport} (${a.format.toUpperCase()}) on ${a.startTime}`,
    `distance  ${formatDistance(a.distanceMeters, 'km', 2)} (${formatDistance(a.distanceMeters, 'mi', 2)})`,
    `elapsed   ${formatDuration(a.elapsedSeconds)}   moving ${formatDuration(a.movingSeconds)}`,
    `points    ${a.points}`,
    `heart     ${a.avgHeartRate === null ? '–' : `${a.avgHeartRate} bpm average`}`,
    `cadence   ${a.avgCadenceSpm === null ? '–' : `${a.avgCadenceSpm} steps/min`}`,
    ...a.warnings.map((w) => `note: ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}
