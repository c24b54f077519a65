import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEnterprise, validateItem, validateTheme } from '../../src/index.js';

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F).
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
].map((c) => String.fromCodePoint(c));

describe('identifiers', () => {
  it('reject every C0/C1 control character and DEL inside an id, naming it', () => {
    for (const c of CONTROLS) {
      const r = validateEnterprise({ id: `E${c}1`, name: '甲' });
      expect(r.success, hex(c)).toBe(false);
      expect(r.issues, hex(c)).toEqual([
        { code: 'control_character', path: ['id'], message: `must not contain control characters (${hex(c)})` },
      ]);
    }
    expect(validateItem({ id: 'I\x1b[31m', title: 't' }).issues[0]?.message).toBe(
      'must not contain control characters (U+001B)',
    );
    expect(
      validateTheme({ id: 'new-materials', name: '新材料', chains: [{ id: 'a\0', name: 'c' }] }).issues[0]?.path,
    ).toEqual(['chains', 0, 'id']);
  });

  it('still trim surrounding whitespace (a CSV cell ending in a newline), and take integers', () => {
    expect(validateEnterprise({ id: ' E1\r\n', name: '甲' }).data?.id).toBe('E1');
    expect(validateEnterprise({ id: 12, name: '甲' }).data?.id).toBe('12');
  });

  it('accept any other non-blank string (property)', () => {
    const noControl = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((s) => !/[\u0000-\u001f\u007f-\u009f]/u.test(s) && s.trim() !== '' && s.trim().length <= 200);
    fc.assert(
      fc.property(noControl, (id) => {
        expect(validateEnterprise({ id, name: '甲' }).data?.id).toBe(id.trim());
      }),
    );
  });
});

describe('text fields', () => {
  it('keep tabs, newlines and other control characters (descriptions have them)', () => {
    const description = '主营：\n\t锂电池\r\n正极材料\x1b';
    expect(validateEnterprise({ id: 'E1', name: '甲\t乙', description }).data).toMatchObject({
      name: '甲\t乙',
      description,
    });
  });
});
