import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ActivityParseError } from './types.ts';

/** A parsed XML element as fast-xml-parser returns it (attributes prefixed with `@_`, text in `#text`). */
export type XmlNode = { [key: string]: XmlValue };
/** Any value in a parsed XML tree. */
export type XmlValue = string | number | boolean | XmlNode | XmlValue[];

/**
 * Decodes XML bytes to text: honours a UTF-8/UTF-16 byte-order mark and the `encoding` in the XML declaration.
 * @example decodeXmlText(new TextEncoder().encode('<a/>')) // '<a/>'
 */
export function decodeXmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1] ?? 'utf-8';
  return decode(declared, bytes);
}

function decode(label: string, bytes: Uint8Array): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new ActivityParseError('unsupported', `unsupported XML encoding "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ActivityParseError('malformed', `file is not valid ${label} text`);
  }
}

/**
 * Parses XML text safely: any DOCTYPE or ENTITY declaration is refused outright, so there is no external entity
 * access (XXE) and no entity expansion ("billion laughs"). Only the five predefined entities and numeric character
 * references are decoded. Element names keep their namespace prefix stripped. Blank space before the XML declaration
 * (Strava writes some) is ignored.
 * @example parseXml('<gpx><trk/></gpx>').gpx
 */
export function parseXml(raw: string): XmlNode {
  // Strava's exports start many TCX and GPX files with spaces before the XML declaration, which strict XML forbids;
  // nothing before the declaration carries meaning, so it is dropped rather than refusing the file.
  const text = raw.replace(/^[\s\uFEFF]+/, '');
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new ActivityParseError('unsafe-xml', 'XML with a DOCTYPE or ENTITY declaration is refused (possible entity attack)');
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    throw new ActivityParseError('malformed', `XML is not well-formed: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
  });
  const tree: unknown = parser.parse(text);
  if (!isNode(tree)) throw new ActivityParseError('malformed', 'XML has no root element');
  return tree;
}

/** True for an element object (not text, not a list). */
export function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The child elements called `name`, always as a list. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => (isNode(x) ? x : { '#text': String(x) }));
}

/** The first child element called `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

/** The text of an element or attribute value, trimmed; undefined when absent or empty. */
export function text(v: XmlValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v)) return text(v['#text']);
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** The text of child `name` (or attribute `@_name`). */
export function childText(node: XmlNode | undefined, name: string): string | undefined {
  return node === undefined ? undefined : text(node[name]);
}

/**
 * Reads a number, throwing a clear error for text that is present but not numeric (e.g. "undefined").
 * Absent values give null.
 */
export function numberOrNull(raw: string | undefined, what: string): number | null {
  if (raw === undefined) return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new ActivityParseError('malformed', `invalid number "${raw.slice(0, 20)}" in ${what}`);
  return n;
}

/** Parses an ISO-8601 time; a value without a zone is taken as UTC (as GPX requires). Null when absent. */
export function timeOrNull(raw: string | undefined, what: string): number | null {
  if (raw === undefined) return null;
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(raw);
  const ms = Date.parse(hasZone ? raw : `${raw}Z`);
  if (!Number.isFinite(ms)) throw new ActivityParseError('malformed', `invalid time "${raw.slice(0, 30)}" in ${what}`);
  return ms;
}

/**
 * The UTC offset a time was written with, in minutes, when it names one other than UTC (a device that writes
 * local time with its offset tells us where the runner was); null for `Z`, `+00:00`, no zone or nonsense.
 * @example offsetOfTime('2024-05-01T21:30:00+02:00') // 120
 */
export function offsetOfTime(raw: string | undefined): number | null {
  const m = raw === undefined ? null : /([+-])(\d\d):?(\d\d)$/.exec(raw.trim());
  if (!m) return null;
  const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  return minutes === 0 || minutes < -12 * 60 || minutes > 14 * 60 || minutes % 15 !== 0 ? null : minutes;
}
