import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundaryOf, multipartSplitter, partInfo, type PartInfo } from './multipart.ts';

interface Part { info: PartInfo; body: Buffer }

/** Split `body` at the given cut points and collect the parts. */
async function split(boundary: string, body: Uint8Array, cuts: number[]): Promise<Part[]> {
  const parts: Part[] = [];
  let cur: { info: PartInfo; chunks: Buffer[] } | null = null;
  const s = multipartSplitter(boundary, {
    onPart: (info) => { cur = { info, chunks: [] }; },
    onData: (c) => { cur?.chunks.push(Buffer.from(c)); },
    onPartEnd: () => { if (cur) parts.push({ info: cur.info, body: Buffer.concat(cur.chunks) }); cur = null; },
  });
  const points = [0, ...[...new Set(cuts.map((c) => c % (body.length + 1)))].sort((a, b) => a - b), body.length];
  for (let i = 1; i < points.length; i++) await s.push(body.subarray(points[i - 1], points[i]));
  s.end();
  return parts;
}

async function encode(form: FormData): Promise<{ boundary: string; body: Uint8Array }> {
  const res = new Response(form);
  const boundary = boundaryOf(res.headers.get('content-type'));
  assert.ok(boundary);
  return { boundary, body: new Uint8Array(await res.arrayBuffer()) };
}

test('the boundary comes from the content type; other types have none', () => {
  assert.equal(boundaryOf('multipart/form-data; boundary=----abc'), '----abc');
  assert.equal(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b"'), 'a b');
  assert.equal(boundaryOf('application/json'), null);
  assert.equal(boundaryOf('multipart/form-data'), null);
  assert.equal(boundaryOf(null), null);
});

test('file names: Windows paths keep their backslashes, escaped quotes and UTF-8 names are decoded', () => {
  assert.deepEqual(partInfo('Content-Disposition: form-data; name="files"; filename="C:\\runs\\a%22b.fit"'), { name: 'files', filename: 'C:\\runs\\a"b.fit' });
  assert.deepEqual(partInfo("Content-Disposition: form-data; name=files; filename*=UTF-8''L%C3%B8b.gpx"), { name: 'files', filename: 'Løb.gpx' });
  assert.deepEqual(partInfo('content-disposition: form-data; name="note"'), { name: 'note', filename: null });
  assert.throws(() => partInfo('Content-Type: text/plain'), /Content-Disposition/);
});

test('any chunking of a body gives the same parts, byte for byte', async () => {
  // Bodies that contain CRLFs, dashes and near-boundaries are the hard case for a streaming splitter.
  const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.concat([Buffer.from('\r\n--'), Buffer.from(b), Buffer.from('\r\n-')]));
  await fc.assert(fc.asyncProperty(fc.array(bytes, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 12 }), fc.string({ maxLength: 20 }), async (files, cuts, note) => {
    const form = new FormData();
    form.append('note', note);
    files.forEach((f, i) => form.append('files', new File([new Uint8Array(f)], `f${i}.fit`)));
    const { boundary, body } = await encode(form);
    const parts = await split(boundary, body, cuts);
    assert.equal(parts.length, files.length + 1);
    assert.equal(parts[0]?.body.toString('utf8'), note.replace(/\r?\n|\r/g, '\r\n'));
    files.forEach((f, i) => {
      assert.deepEqual(parts[i + 1]?.info, { name: 'files', filename: `f${i}.fit` });
      assert.ok(parts[i + 1]?.body.equals(f), `file ${i}`);
    });
  }), { numRuns: 200 });
});

test('a body cut short, or not multipart, is refused with one line', async () => {
  const form = new FormData();
  form.append('files', new File(['abc'], 'a.fit'));
  const { boundary, body } = await encode(form);
  await assert.rejects(split(boundary, body.subarray(0, body.length - 10), []), { code: 'bad_input', message: /ended before/ });
  await assert.rejects(split(boundary, Buffer.from(`--${boundary}XX`), []), { code: 'bad_input' });
});
