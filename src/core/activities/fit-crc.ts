import { ActivityParseError } from './types.ts';

/** The FIT protocol's CRC-16 nibble table (polynomial 0xA001, processed 4 bits at a time). */
const CRC_TABLE = [
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401,
  0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01, 0x8801, 0x4400,
];

/**
 * FIT CRC-16 over `bytes[start, end)`.
 * @example fitCrc(new Uint8Array([0x0e]), 0, 1)
 */
export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let i = start; i < end; i++) {
    const byte = bytes[i] ?? 0;
    let tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (CRC_TABLE[byte & 0xf] ?? 0);
    tmp = CRC_TABLE[crc & 0xf] ?? 0;
    crc = ((crc >> 4) & 0x0fff) ^ tmp ^ (CRC_TABLE[(byte >> 4) & 0xf] ?? 0);
  }
  return crc;
}

/** True when the bytes start like a FIT file (header size 12 or 14 and ".FIT" at offset 8). */
export function looksLikeFit(bytes: Uint8Array): boolean {
  const h = bytes[0];
  return (h === 12 || h === 14) && bytes.length >= 12 && bytes[8] === 0x2e && bytes[9] === 0x46 && bytes[10] === 0x49 && bytes[11] === 0x54;
}

/**
 * Checks every FIT file in the buffer (devices may chain several): header size and signature, header CRC when
 * present, data size against the bytes actually there, and the file CRC. Throws a clear error on the first problem.
 * Returns the number of chained files.
 */
export function verifyFit(bytes: Uint8Array): number {
  if (bytes.length === 0) throw new ActivityParseError('empty', 'the file is empty');
  let offset = 0;
  let files = 0;
  while (offset < bytes.length) {
    const part = files === 0 ? '' : ` (chained file ${files + 1})`;
    const rest = bytes.subarray(offset);
    if (rest.length < 12) {
      if (files > 0 && rest.every((b) => b === 0)) break; // zero padding after the last file
      throw new ActivityParseError('truncated', `the FIT file is cut short: only ${rest.length} bytes of header${part}`);
    }
    if (!looksLikeFit(rest)) throw new ActivityParseError('bad-header', `not a valid FIT header${part}`);
    const headerSize = rest[0] ?? 0;
    if (rest.length < headerSize + 2) {
      throw new ActivityParseError('truncated', `the FIT file is cut short inside its header${part}`);
    }
    if (headerSize === 14) {
      const stored = (rest[12] ?? 0) | ((rest[13] ?? 0) << 8);
      if (stored !== 0 && stored !== fitCrc(rest, 0, 12)) {
        throw new ActivityParseError('bad-crc', `the FIT header checksum does not match: the file is damaged${part}`);
      }
    }
    const dataSize = new DataView(rest.buffer, rest.byteOffset, rest.byteLength).getUint32(4, true);
    const end = headerSize + dataSize;
    if (end + 2 > rest.length) {
      const missing = end + 2 - rest.length;
      throw new ActivityParseError('truncated', `the FIT file is cut short: ${missing} byte(s) missing of ${end + 2}${part}`);
    }
    const stored = (rest[end] ?? 0) | ((rest[end + 1] ?? 0) << 8);
    if (stored !== fitCrc(rest, 0, end)) {
      throw new ActivityParseError('bad-crc', `the FIT file checksum does not match: the file is damaged${part}`);
    }
    offset += end + 2;
    files++;
  }
  return files;
}
