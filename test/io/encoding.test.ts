import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from '../../src/io/index.js';
import { readAll, tempDir } from './helpers.js';

let tmp: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const CSV =
  '企业编号,企业名称,所在省份,主营业务\nE1,深圳锂想能源科技有限公司,广东,动力电池、储能系统\nE2,宁波甬铝新材料股份有限公司,浙江,铝合金型材；精深加工\nE3,「香港」明輝電子,香港,顯示模組\n';

describe('encodings', () => {
  it('detects GB18030/GBK CSV, decodes it and says so', async () => {
    const f = tmp.path('gbk.csv');
    await writeFile(f, iconv.encode(CSV, 'gb18030'));
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 3, accepted: 3, rejected: 0, skipped: 0 });
    expect(v.accepted.map((e) => (e as { name: string }).name)).toEqual([
      '深圳锂想能源科技有限公司',
      '宁波甬铝新材料股份有限公司',
      '「香港」明輝電子',
    ]);
    expect(v.warnings).toEqual([expect.objectContaining({ code: 'decoded_encoding', file: f })]);
  });

  it('detects GBK across a large file whose multi-byte characters straddle chunk boundaries', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `E${i},广西壮族自治区柳州市第${i}号汽车零部件制造有限公司,广西,汽车零部件、发动机`,
    );
    const f = tmp.path('gbk-big.csv');
    await writeFile(f, iconv.encode(['企业编号,企业名称,所在省份,主营业务', ...rows].join('\r\n'), 'gbk'));
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 5000, accepted: 5000, rejected: 0, skipped: 0 });
    expect((v.accepted[4999] as { name: string }).name).toBe('广西壮族自治区柳州市第4999号汽车零部件制造有限公司');
  });

  it('reads UTF-8 with and without BOM, and UTF-16LE with BOM', async () => {
    await writeFile(tmp.path('u8.csv'), CSV);
    await writeFile(tmp.path('u8bom.csv'), '\uFEFF' + CSV);
    await writeFile(tmp.path('u16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]));
    for (const name of ['u8.csv', 'u8bom.csv', 'u16.csv']) {
      const v = await validateFile(tmp.path(name), 'enterprise');
      expect(v.counts.accepted).toBe(3);
      expect(Object.keys(v.accepted[0] as object)).toContain('id');
    }
  });

  it('refuses text that is neither UTF-8 nor GB18030 with UNSUPPORTED_ENCODING', async () => {
    const f = tmp.path('latin1.csv');
    await writeFile(f, iconv.encode('id,name\n1,Café Müller\n2,Société Générale\n3,Ærø\n', 'latin1'));
    await expect(validateFile(f, 'enterprise')).rejects.toMatchObject({ code: 'UNSUPPORTED_ENCODING' });
    const bin = tmp.path('binary.csv');
    await writeFile(bin, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    await expect(validateFile(bin, 'enterprise')).rejects.toMatchObject({ code: 'UNSUPPORTED_ENCODING' });
  });

  it('UTF-8 with a few broken bytes: the rows holding them are rejected with file, row and column, never passed on as U+FFFD', async () => {
    const f = tmp.path('broken.csv');
    const good = Buffer.from(CSV, 'utf8');
    await writeFile(
      f,
      Buffer.concat([good, Buffer.from('E9,坏字节'), Buffer.from([0xff]), Buffer.from('公司,广东,x\n')]),
    );
    const { rows, warnings } = await readAll(f, { kind: 'enterprise' });
    expect(rows).toHaveLength(4);
    expect(rows[3]!.issues).toEqual([
      expect.objectContaining({ code: 'invalid_bytes', row: 5, column: '企业名称', file: f }),
    ]);
    expect(warnings.map((w) => w.code)).toContain('invalid_bytes');
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 4, accepted: 3, rejected: 1, skipped: 0 });
    expect(JSON.stringify(v.accepted)).not.toContain('\uFFFD');
  });

  it('GB18030 after 64 KB of plain ASCII is still detected (the encoding is sniffed where the first non-ASCII byte is)', async () => {
    const ascii = Array.from(
      { length: 3000 },
      (_, i) => `E${i},Company ${i} Limited,Guangdong,batteries and energy storage systems`,
    );
    const f = tmp.path('late-gbk.csv');
    await writeFile(
      f,
      iconv.encode(
        [
          '企业编号,企业名称,所在省份,主营业务'.replace(
            /[^,]+/gu,
            (h) => ({ 企业编号: 'id', 企业名称: 'name', 所在省份: 'province', 主营业务: 'description' })[h] ?? h,
          ),
          ...ascii,
          'E9999,广西柳工机械股份有限公司,广西,工程机械',
        ].join('\n'),
        'gb18030',
      ),
    );
    expect((await import('node:fs')).statSync(f).size).toBeGreaterThan(128 * 1024);
    const v = await validateFile(f, 'enterprise');
    expect(v.counts).toEqual({ in: 3001, accepted: 3001, rejected: 0, skipped: 0 });
    expect((v.accepted[3000] as { name: string }).name).toBe('广西柳工机械股份有限公司');
    expect(v.warnings.map((w) => w.code)).toContain('decoded_encoding');
  });

  it('GB18030 JSONL is detected too', async () => {
    const f = tmp.path('gbk.jsonl');
    await writeFile(f, iconv.encode('{"id":"E1","name":"广西柳工机械股份有限公司"}\n', 'gb18030'));
    const v = await validateFile(f, 'enterprise');
    expect(v.accepted).toEqual([{ id: 'E1', name: '广西柳工机械股份有限公司' }]);
  });
});

describe('U+FFFD the file holds vs U+FFFD the decoder makes', () => {
  it('a real U+FFFD in valid UTF-8 is text; after bytes that do not decode, U+FFFD rejects its row', async () => {
    const tmp2 = await tempDir();
    try {
      const ok = tmp2.path('real.csv');
      await writeFile(ok, 'id,name\nE1,合法\uFFFD字符\n');
      expect((await validateFile(ok, 'enterprise')).counts).toEqual({ in: 1, accepted: 1, rejected: 0, skipped: 0 });
      // The bad byte falls in a later chunk (after 200 KB of valid rows): the rows before it are read.
      const rows = Array.from({ length: 4000 }, (_, i) => `E${i},第${i}号企业有限公司`).join('\n');
      const bad = tmp2.path('late-bad.csv');
      await writeFile(
        bad,
        Buffer.concat([Buffer.from(`id,name\n${rows}\nX1,坏`), Buffer.from([0xff]), Buffer.from('字\nX2,好\n')]),
      );
      const v = await validateFile(bad, 'enterprise');
      expect(v.counts).toEqual({ in: 4002, accepted: 4001, rejected: 1, skipped: 0 });
      expect(v.rejected[0]).toMatchObject({ row: 4002, issues: [{ code: 'invalid_bytes', column: 'name' }] });
    } finally {
      await tmp2.cleanup();
    }
  });
});
