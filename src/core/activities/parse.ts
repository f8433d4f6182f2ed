import { parseFit } from './fit.ts';
import { parseGpx } from './gpx.ts';
import { gunzipWith, MAX_ACTIVITY_BYTES } from './gzip.ts';
import { fflateInflater } from './inflate.ts';
import type { Inflater } from './inflate.ts';
import { extensionKind, sniff } from './sniff.ts';
import { parseTcx } from './tcx.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';
import { decodeXmlText } from './xml.ts';

/** Options for {@link parseActivities}. */
export interface ParseOptions {
  /** The file name, used only to warn when its extension disagrees with the content. */
  fileName?: string;
  /** Decompressor for `.gz` files (default: fflate, pure JavaScript). */
  inflater?: Inflater;
}

/**
 * Reads an activity file (FIT, GPX, TCX, or any of them gzipped) from bytes into its activities, in time order:
 * one for most files, one per leg for a multisport file (FIT sessions, TCX activities; transitions left out). The
 * format is sniffed from the content. Throws {@link ActivityParseError} with one plain line for anything that is not
 * a whole, valid file: never some of its activities.
 * @example const [swim, bike, run] = await parseActivities(bytes, { fileName: 'triathlon.fit' });
 */
export async function parseActivities(input: Uint8Array, options: ParseOptions = {}): Promise<NormalisedActivity[]> {
  let bytes = input;
  let kind = sniff(bytes);
  if (kind === 'gzip') {
    bytes = await gunzipWith(bytes, MAX_ACTIVITY_BYTES, options.inflater ?? fflateInflater);
    kind = sniff(bytes);
    if (kind === 'gzip') throw new ActivityParseError('unsupported', 'the file is gzipped twice');
  }
  const activities = await parseKind(kind, bytes);
  const format = activities[0]?.format;
  const claimed = options.fileName === undefined ? null : extensionKind(options.fileName);
  if (claimed !== null && format !== undefined && claimed !== format) {
    const note = `the file is named .${claimed} but contains ${format.toUpperCase()}; read as ${format.toUpperCase()}`;
    for (const a of activities) a.warnings.unshift(note);
  }
  return activities;
}

/**
 * Reads a file that holds exactly one activity (see {@link parseActivities}); a multisport file is an
 * {@link ActivityParseError} that says how many activities it holds.
 * @example const activity = await parseActivity(bytes, { fileName: 'run.fit.gz' });
 */
export async function parseActivity(input: Uint8Array, options: ParseOptions = {}): Promise<NormalisedActivity> {
  const all = await parseActivities(input, options);
  const only = all[0];
  if (only === undefined || all.length > 1) {
    throw new ActivityParseError('unsupported', `the file holds ${all.length} activities (${all.map((a) => a.sport).join(', ')}), not one`);
  }
  return only;
}

async function parseKind(kind: ReturnType<typeof sniff>, bytes: Uint8Array): Promise<NormalisedActivity[]> {
  switch (kind) {
    case 'fit':
      return parseFit(bytes);
    case 'gpx':
      return [parseGpx(decodeXmlText(bytes))];
    case 'tcx':
      return parseTcx(decodeXmlText(bytes));
    case 'empty':
      throw new ActivityParseError('empty', 'the file is empty');
    case 'zip':
      throw new ActivityParseError('unsupported', 'this is a zip archive, not a single activity (import it instead)');
    case 'xml':
      throw new ActivityParseError('unknown-format', 'the XML is neither GPX nor TCX');
    default:
      throw new ActivityParseError('unknown-format', 'not a FIT, GPX or TCX file');
  }
}
