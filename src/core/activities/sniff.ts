import { looksLikeFit } from './fit-crc.ts';
import { isGzip } from './gzip.ts';

/** What the bytes are, judged by content alone. */
export type SniffedKind = 'fit' | 'gpx' | 'tcx' | 'gzip' | 'zip' | 'xml' | 'empty' | 'unknown';

/**
 * Identifies a file by its first bytes, never by its name, so a mis-named file still reads.
 * @example sniff(new TextEncoder().encode('<gpx version="1.1">')) // 'gpx'
 */
export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty';
  if (isGzip(bytes)) return 'gzip';
  if (isZipArchive(bytes)) return 'zip';
  if (looksLikeFit(bytes)) return 'fit';
  const head = headText(bytes);
  const trimmed = head.replace(/^\s+/, '');
  if (trimmed === '') return 'empty';
  if (!trimmed.startsWith('<')) return 'unknown';
  const root = /<(?!\?|!)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(stripComments(trimmed))?.[1];
  if (root === 'gpx') return 'gpx';
  if (root === 'TrainingCenterDatabase') return 'tcx';
  return 'xml';
}

/**
 * True when the bytes start like a zip archive (a local file header's signature, PK\x03\x04).
 * @example isZipArchive(zipBytes) // true
 */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The first 4 KB as text, whatever the encoding (UTF-16 is folded to ASCII by dropping zero bytes). */
function headText(bytes: Uint8Array): string {
  let head = bytes.subarray(0, 4096);
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) head = head.subarray(3);
  const ascii = head.filter((b) => b !== 0 && b !== 0xff && b !== 0xfe);
  return new TextDecoder('latin1').decode(ascii);
}

function stripComments(s: string): string {
  return s.replace(/<!--[\s\S]*?-->/g, '');
}

/** The format a file name claims, from its extension (after removing `.gz`). */
export function extensionKind(name: string): 'fit' | 'gpx' | 'tcx' | 'zip' | null {
  const m = /\.(fit|gpx|tcx|zip)(\.gz)?$/i.exec(name);
  const ext = m?.[1]?.toLowerCase();
  return ext === 'fit' || ext === 'gpx' || ext === 'tcx' || ext === 'zip' ? ext : null;
}
