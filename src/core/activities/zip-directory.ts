/**
 * Reading a zip's central directory (PKWARE APPNOTE 6.3 §4.3.12–16, ZIP64 included) to find one entry without
 * streaming the archive: the import uses it to read a Strava export's `activities.csv` first, so that activity
 * files can be joined with their CSV row as they stream past instead of waiting in memory for it.
 * Pure: the caller reads the byte ranges.
 * @module
 */
import { SIG, u16, u32, u64 } from './zip-format.ts';

/** How many bytes at the end of a zip can hold the end record (22 bytes, a comment of up to 64 KiB, a ZIP64 locator). */
export const ZIP_TAIL_BYTES = 22 + 65_535 + 20;

/** Where the central directory is, or where to read the ZIP64 end record that says so. */
export type DirectoryLocation = { kind: 'directory'; offset: number; size: number } | { kind: 'zip64'; endRecordOffset: number };

/**
 * Finds the end-of-central-directory record in the archive's last bytes.
 * Null when there is none (not a zip, or cut short).
 * @example locateDirectory(lastBytes)
 */
export function locateDirectory(tail: Uint8Array): DirectoryLocation | null {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) !== SIG.end || i + 22 + u16(tail, i + 20) !== tail.length) continue;
    const size = u32(tail, i + 12);
    const offset = u32(tail, i + 16);
    if ((size === 0xffffffff || offset === 0xffffffff) && i >= 20 && u32(tail, i - 20) === SIG.end64Locator) {
      return { kind: 'zip64', endRecordOffset: u64(tail, i - 20 + 8) };
    }
    return { kind: 'directory', offset, size };
  }
  return null;
}

/** Reads the ZIP64 end record (56 bytes at `endRecordOffset`). */
export function readZip64End(record: Uint8Array): { offset: number; size: number } | null {
  if (record.length < 56 || u32(record, 0) !== SIG.end64) return null;
  return { size: u64(record, 40), offset: u64(record, 48) };
}

/** One central-directory entry: enough to read its data. */
export interface DirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * The first entry of the central directory `dir` whose name `want` accepts.
 * @example findEntry(dir, (n) => n.endsWith('activities.csv'))
 */
export function findEntry(dir: Uint8Array, want: (name: string) => boolean): DirectoryEntry | null {
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i + 46 <= dir.length && u32(dir, i) === SIG.central;) {
    const nameLength = u16(dir, i + 28);
    const extraLength = u16(dir, i + 30);
    const commentLength = u16(dir, i + 32);
    const name = decoder.decode(dir.subarray(i + 46, i + 46 + nameLength));
    if (want(name)) {
      let compressedSize = u32(dir, i + 20);
      const uncompressed = u32(dir, i + 24);
      let localHeaderOffset = u32(dir, i + 42);
      // ZIP64 extra: 8-byte values, only for the fields set to 0xFFFFFFFF, in this order.
      for (let e = i + 46 + nameLength; e + 4 <= i + 46 + nameLength + extraLength;) {
        const id = u16(dir, e);
        const size = u16(dir, e + 2);
        if (id === 1) {
          let at = e + 4;
          if (uncompressed === 0xffffffff) at += 8;
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(dir, at);
            at += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(dir, at);
        }
        e += 4 + size;
      }
      return { name, method: u16(dir, i + 10), compressedSize, localHeaderOffset };
    }
    i += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

/** Bytes from a local header's start to its data (30 + name + extra), or null if `header` is not one. */
export function localDataOffset(header: Uint8Array): number | null {
  if (header.length < 30 || u32(header, 0) !== SIG.local) return null;
  return 30 + u16(header, 26) + u16(header, 28);
}
