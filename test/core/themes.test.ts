import { describe, expect, it } from 'vitest';
import { createMatcher, type SectorTheme } from '../../src/index.js';
import { themeResolver } from '../../src/score/themes.js';

const themes: SectorTheme[] = [
  { id: 'electronic-information', name: '电子信息', nameEn: 'Electronic information', weights: { region: 0 } },
  { id: 'new-materials', name: '新材料', nameEn: 'New materials' },
];

describe('theme resolver', () => {
  const resolve = themeResolver(themes);

  it('finds a theme by id, Chinese name, English name and Traditional-script name alike', () => {
    for (const name of [
      'electronic-information',
      '电子信息',
      'Electronic information',
      '電子信息',
      ' ELECTRONIC  INFORMATION ',
      '電子信息 ',
    ])
      expect(resolve(name)?.id, name).toBe('electronic-information');
    expect(resolve('新材料')?.id).toBe('new-materials');
  });

  it('finds a theme whose name is written in Traditional script by its Simplified name, and the reverse', () => {
    const traditional = themeResolver([{ id: 'ei', name: '電子信息' }]);
    expect(traditional('电子信息')?.id).toBe('ei');
    expect(traditional('電子信息')?.id).toBe('ei');
  });

  it("names nothing for blanks and unknown names; an id is taken before another theme's name", () => {
    expect(resolve(undefined)).toBeUndefined();
    expect(resolve('')).toBeUndefined();
    expect(resolve('  ')).toBeUndefined();
    expect(resolve('纺织')).toBeUndefined();
    const clash = themeResolver([
      { id: 'a', name: 'b' },
      { id: 'b', name: 'a' },
    ]);
    expect(clash('a')?.id).toBe('a');
    expect(clash('b')?.id).toBe('b');
  });

  it("the matcher resolves an item's theme the same way: the match names the theme id, and its weights apply", () => {
    const matcher = createMatcher({ themes });
    const item = { id: 'I1', title: '集成电路封装测试', keywords: ['集成电路'] };
    const firm = { id: 'E1', name: '甲微电子有限公司', description: '集成电路封装测试', province: '广东' };
    for (const theme of ['electronic-information', '电子信息', '電子信息', 'Electronic Information']) {
      const [m] = matcher.rank([{ ...item, theme }], [firm]);
      expect(m?.theme, theme).toBe('electronic-information');
      expect(m?.contributions.region, theme).toBe(0);
    }
  });
});
