import { describe, expect, it } from 'vitest';
import { splitApplications } from '../../src/text/clauses.js';

describe('splitApplications', () => {
  it('leaves a description without an application clause whole', () => {
    expect(splitApplications('某某公司生产和销售钢制车轮。')).toEqual(['某某公司生产和销售钢制车轮。', '']);
  });

  it('moves what the products are for, to the end of each sentence, to the second part', () => {
    expect(splitApplications('公司生产刹车片和制动盘，产品用于乘用车和商用车。公司还生产轮毂。')).toEqual([
      '公司生产刹车片和制动盘，产品。公司还生产轮毂。',
      '用于乘用车和商用车',
    ]);
    expect(splitApplications('主要产品为电容器，广泛应用于家电；下游客户包括整车厂')).toEqual([
      '主要产品为电容器，；',
      '广泛应用于家电 下游客户包括整车厂',
    ]);
  });

  it('moves the customers of 为…提供 / 为…配套, not what the business is (主营业务为…)', () => {
    expect(splitApplications('公司为整车厂提供配套橡胶软管。')).toEqual(['公司为提供配套橡胶软管。', '整车厂']);
    expect(splitApplications('主营业务为轮胎的生产。')).toEqual(['主营业务为轮胎的生产。', '']);
  });

  it('reads English markers as whole words', () => {
    expect(splitApplications('makes bearings used in trucks')).toEqual(['makes bearings ', 'used in trucks']);
    expect(splitApplications('makes customised bearings')).toEqual(['makes customised bearings', '']);
  });
});
