import { ActivityParseError } from './types.ts';

/**
 * The FIT protocol's CRC-16 (CRC-16/ARC: reflected polynomial 0xA001, initial value 0). The SDK documents it a
 * nibble at a time; a byte-wide table gives the same values with a quarter of the steps, and imports spend real
 * time here.
 */
const CRC_TABLE = (() => {
  const t = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/**
 * FIT CRC-16 over `bytes[start, end)`.
 * @example fitCrc(new Uint8Array([0x0e]), 0, 1)
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  const table = CRC_TABLE;
  for (let i = start; i < end; i++) crc = (crc >>> 8) ^ (table[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  return crc;
}

/** True when the bytes start like a FIT file (header size 12 or 14 and ".FIT" at offset 8). */
export function looksLikeFit(bytes: Uint8Array): boolean {
  const h = bytes[0];
  return (h === 12 || h === 14) && bytes.length >= 12 && bytes[8] === 0x2e && bytes[9] === 0x46 && bytes[10] === 0x49 && bytes[11] === 0x54;
}

/** One verified FIT file inside the buffer: bytes [start, end) including its header and CRC. */
export interface FitPart {
  start: number;
  end: number;
  /** The header's own CRC is wrong while the file CRC (which covers the header) is right: a writer's slip. */
  badHeaderCrc: boolean;
}

/** What {@link verifyFit} found: the verified files in order, and repairs worth telling the user about. */
export interface VerifiedFit {
  parts: FitPart[];
  warnings: string[];
}

/**
 * Checks every FIT file in the buffer (devices may chain several): header size and signature, data size against the
 * bytes actually there, and the file CRC. Throws a clear error on the first problem. Two writer quirks are tolerated
 * because the file CRC still proves every byte arrived: a wrong header CRC (the FIT SDK's own decoder does not
 * refuse it; some Forerunners write one), and bytes after the last file that are not another FIT file (Garmin
 * firmware that appends extra data after the declared length; zero padding).
 * @example verifyFit(bytes).parts.length // 1
 */
export function verifyFit(bytes: Uint8Array): VerifiedFit {
  if (bytes.length === 0) throw new ActivityParseError('empty', 'the file is empty');
  const parts: FitPart[] = [];
  const warnings: string[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const part = parts.length === 0 ? '' : ` (chained file ${parts.length + 1})`;
    const rest = bytes.subarray(offset);
    if (parts.length > 0 && !startsLikeFit(rest)) {
      if (!rest.every((b) => b === 0)) warnings.push(`${rest.length} byte(s) after the end of the FIT data were not read`);
      break;
    }
    if (rest.length < 12) throw new ActivityParseError('truncated', `the FIT file is cut short: only ${rest.length} bytes of header${part}`);
    if (!looksLikeFit(rest)) throw new ActivityParseError('bad-header', `not a valid FIT header${part}`);
    const headerSize = rest[0] ?? 0;
    if (rest.length < headerSize + 2) {
      throw new ActivityParseError('truncated', `the FIT file is cut short inside its header${part}`);
    }
    const dataSize = new DataView(rest.buffer, rest.byteOffset, rest.byteLength).getUint32(4, true);
    if (dataSize === 0) {
      throw new ActivityParseError('truncated', `the FIT file was never finished by the device: its header records no data${part}`);
    }
    const end = headerSize + dataSize;
    if (end + 2 > rest.length) {
      const missing = end + 2 - rest.length;
      throw new ActivityParseError('truncated', `the FIT file is cut short: ${missing} byte(s) missing of ${end + 2}${part}`);
    }
    const headerCrc = headerSize === 14 ? (rest[12] ?? 0) | ((rest[13] ?? 0) << 8) : 0;
    const badHeaderCrc = headerCrc !== 0 && headerCrc !== fitCrc(rest, 0, 12);
    const stored = (rest[end] ?? 0) | ((rest[end + 1] ?? 0) << 8);
    if (stored !== fitCrc(rest, 0, end)) {
      const which = badHeaderCrc ? 'header checksum' : 'file checksum';
      throw new ActivityParseError('bad-crc', `the FIT ${which} does not match: the file is damaged${part}`);
    }
    parts.push({ start: offset, end: offset + end + 2, badHeaderCrc });
    offset += end + 2;
  }
  return { parts, warnings };
}

/** The first bytes of something that means to be a FIT file (a header size byte and the ".FIT" signature). */
function startsLikeFit(rest: Uint8Array): boolean {
  return rest.length >= 12 ? looksLikeFit(rest) : rest[0] === 12 || rest[0] === 14;
}
