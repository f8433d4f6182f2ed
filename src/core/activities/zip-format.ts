/**
 * The parts of the zip format a streaming reader needs (PKWARE APPNOTE 6.3: local file header, data descriptor,
 * ZIP64 extra field) and a small byte queue over incoming chunks.
 * @module
 */

/** Record signatures (little-endian "PK\x03\x04" and friends). */
export const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, end64: 0x06064b50, end64Locator: 0x07064b50, descriptor: 0x08074b50 } as const;

/** Little-endian unsigned 16/32/64-bit reads (64-bit as a double: exact below 2^53). */
export const u16 = (b: Uint8Array, i: number): number => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
export const u32 = (b: Uint8Array, i: number): number => (u16(b, i) | (u16(b, i + 2) << 16)) >>> 0;
export const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/** A parsed local file header. `compressedSize` is null when a data descriptor after the data holds it. */
export interface LocalHeader {
  name: string;
  method: number;
  encrypted: boolean;
  /** General-purpose flag bit 3: sizes follow the data in a data descriptor. */
  hasDescriptor: boolean;
  zip64: boolean;
  compressedSize: number | null;
  /** Bytes the header itself takes (30 + name + extra). */
  headerLength: number;
}

/**
 * Parses a local file header at the start of `b`, or returns null when `b` does not hold all of it yet.
 * Names are UTF-8 when flag bit 11 says so or when they decode as UTF-8 (many tools set no flag), else Latin-1.
 */
export function parseLocalHeader(b: Uint8Array): LocalHeader | null {
  if (b.length < 30) return null;
  const flags = u16(b, 6);
  const nameLength = u16(b, 26);
  const extraLength = u16(b, 28);
  const headerLength = 30 + nameLength + extraLength;
  if (b.length < headerLength) return null;
  const nameBytes = b.subarray(30, 30 + nameLength);
  let compressed = u32(b, 18);
  const uncompressed = u32(b, 22);
  let zip64 = false;
  // ZIP64 extra field (id 1): 8-byte sizes, present in order only for the fields set to 0xFFFFFFFF.
  for (let i = 30 + nameLength; i + 4 <= headerLength;) {
    const id = u16(b, i);
    const size = u16(b, i + 2);
    if (id === 1) {
      zip64 = true;
      let at = i + 4;
      if (uncompressed === 0xffffffff) at += 8;
      if (compressed === 0xffffffff && at + 8 <= i + 4 + size) compressed = u64(b, at);
    }
    i += 4 + size;
  }
  const hasDescriptor = (flags & 8) !== 0;
  return {
    name: decodeName(nameBytes, (flags & 0x800) !== 0),
    method: u16(b, 8),
    encrypted: (flags & 1) !== 0,
    hasDescriptor,
    zip64,
    // With a descriptor the header's sizes are usually zero; trust them only when they are not.
    compressedSize: hasDescriptor && compressed === 0 ? null : compressed,
    headerLength,
  };
}

function decodeName(bytes: Uint8Array, utf8: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: !utf8 }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/**
 * Finds where an entry of unknown size ends inside `buf`, whose first byte is byte `seen` of the entry's data:
 * a data descriptor whose compressed size equals the data before it. Both the signed form (`PK\x07\x08`, 32- or
 * 64-bit sizes) and the unsigned one (followed by the next header) are accepted; the size check rules out the
 * signature turning up by chance inside compressed data. Returns the data length in `buf` and the descriptor's
 * length, or null with `safe`: how many leading bytes certainly belong to the data.
 */
export function findDescriptor(buf: Uint8Array, seen: number): { dataEnd: number; length: number } | { dataEnd: null; safe: number } {
  const need = 24;
  let i = buf.indexOf(0x50);
  while (i !== -1 && i + need <= buf.length) {
    if (buf[i + 1] === 0x4b) {
      const sig = u32(buf, i);
      if (sig === SIG.descriptor) {
        if (u32(buf, i + 8) === seen + i) return { dataEnd: i, length: 16 };
        if (u64(buf, i + 8) === seen + i) return { dataEnd: i, length: 24 };
      }
      // An unsigned descriptor: crc, sizes, then the next header starts 12 bytes after the data.
      if (i >= 12 && (sig === SIG.local || sig === SIG.central) && u32(buf, i - 8) === seen + i - 12) return { dataEnd: i - 12, length: 12 };
    }
    i = buf.indexOf(0x50, i + 1);
  }
  // Bytes from here on could still start a descriptor once more data arrives (or end an unsigned one).
  const from = i === -1 ? buf.length : i;
  return { dataEnd: null, safe: Math.max(0, Math.min(from, buf.length - need) - 12) };
}

/** A FIFO of byte chunks with contiguous peeks and exact takes. */
export class ByteQueue {
  private chunks: Uint8Array[] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  /** Everything queued as one array (copied only when it spans chunks); the queue keeps it. */
  peekAll(): Uint8Array {
    if (this.chunks.length > 1) {
      const all = new Uint8Array(this.size);
      let at = 0;
      for (const c of this.chunks) {
        all.set(c, at);
        at += c.length;
      }
      this.chunks = [all];
    }
    return this.chunks[0] ?? new Uint8Array(0);
  }

  /** The first `n` bytes contiguously, or null when fewer are queued. */
  peek(n: number): Uint8Array | null {
    if (this.size < n) return null;
    const head = this.chunks[0];
    if (head !== undefined && head.length >= n) return head.subarray(0, n);
    return this.peekAll().subarray(0, n);
  }

  /** Removes and returns up to `n` bytes as views on the queued chunks. */
  take(n: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let left = Math.min(n, this.size);
    while (left > 0) {
      const head = this.chunks[0];
      if (head === undefined) break;
      if (head.length <= left) {
        out.push(head);
        this.chunks.shift();
        left -= head.length;
        this.size -= head.length;
      } else {
        out.push(head.subarray(0, left));
        this.chunks[0] = head.subarray(left);
        this.size -= left;
        left = 0;
      }
    }
    return out;
  }
}
