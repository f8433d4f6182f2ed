import { parseFit } from './fit.ts';
import { parseGpx } from './gpx.ts';
import { gunzipLimited } from './gzip.ts';
import { extensionKind, sniff } from './sniff.ts';
import { parseTcx } from './tcx.ts';
import { ActivityParseError } from './types.ts';
import type { NormalisedActivity } from './types.ts';
import { decodeXmlText } from './xml.ts';

/** Options for {@link parseActivity}. */
export interface ParseOptions {
  /** The file name, used only to warn when its extension disagrees with the content. */
  fileName?: string;
}

/**
 * Reads one activity file (FIT, GPX, TCX, or any of them gzipped) from bytes. The format is sniffed from the
 * content. Throws {@link ActivityParseError} with one plain line for anything that is not a whole, valid activity.
 * @example const activity = await parseActivity(bytes, { fileName: 'run.fit.gz' });
 */
export async function parseActivity(input: Uint8Array, options: ParseOptions = {}): Promise<NormalisedActivity> {
  let bytes = input;
  let kind = sniff(bytes);
  if (kind === 'gzip') {
    bytes = gunzipLimited(bytes);
    kind = sniff(bytes);
    if (kind === 'gzip') throw new ActivityParseError('unsupported', 'the file is gzipped twice');
  }
  const activity = await parseKind(kind, bytes);
  const claimed = options.fileName === undefined ? null : extensionKind(options.fileName);
  if (claimed !== null && claimed !== activity.format) {
    activity.warnings.unshift(`the file is named .${claimed} but contains ${activity.format.toUpperCase()}; read as ${activity.format.toUpperCase()}`);
  }
  return activity;
}

async function parseKind(kind: ReturnType<typeof sniff>, bytes: Uint8Array): Promise<NormalisedActivity> {
  switch (kind) {
    case 'fit':
      return parseFit(bytes);
    case 'gpx':
      return parseGpx(decodeXmlText(bytes));
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
