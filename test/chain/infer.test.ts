import { beforeAll, describe, expect, it } from 'vitest';
import { createChainInferrer, type ChainProfile } from '../../src/chain/infer.js';
import { loadChainMaps } from '../../src/node.js';

let infer: (text: string) => ChainProfile;
beforeAll(async () => {
  infer = createChainInferrer(await loadChainMaps());
});
const top = (text: string) => {
  const p = infer(text);
  return { link: p.links[0] && `${p.links[0].chainId}/${p.links[0].linkId}`, role: p.role, roleTerms: p.roleTerms };
};

describe('chain links and roles from text (head-final compounds)', () => {
  it('a maker of the link is a maker at that link', () => {
    // 电芯 belongs to three chains' links: each is named, the item's chain decides among them.
    const cells = infer('主营动力电池电芯的研发、生产和销售。');
    expect(cells.role).toBe('maker');
    expect(cells.links.map((l) => `${l.chainId}/${l.linkId}`)).toContain('new-energy-vehicles/battery-cells');
    expect(top('公司主要生产实木家具和定制板式家具。')).toMatchObject({
      link: 'furniture-wood/furniture',
      role: 'maker',
    });
  });

  it('人造板机械 is machinery for the panel link, not panels', () => {
    expect(top('主要从事人造板机械的研发制造。')).toMatchObject({
      link: 'furniture-wood/panels',
      role: 'equipment',
      roleTerms: ['机械'],
    });
    expect(top('专业生产人造板。')).toMatchObject({ link: 'furniture-wood/panels', role: 'material' });
  });

  it('锂电池设备 is equipment; an English "battery cell production equipment" too', () => {
    expect(top('主要产品为锂电池设备，包括涂布机、卷绕机。').role).toBe('equipment');
    expect(top('The company makes battery cell production equipment.').role).toBe('equipment');
  });

  it('a firm that sells is a distributor: 汽车销售, or a lead sentence of selling only', () => {
    expect(top('主营汽车线束销售与售后。')).toMatchObject({ role: 'distributor', roleTerms: ['销售'] });
    expect(top('公司从事户外用品、家具的批发和零售。').role).toBe('distributor');
    // Making and selling is making.
    expect(top('公司从事家具的生产和销售。').role).toBe('maker');
  });

  it('a firm that serves is a service firm', () => {
    expect(top('为新能源汽车用户提供充电桩运营服务。').role).toBe('service');
    expect(top('主营仓储和物流，配套输送机。')).toMatchObject({ role: 'service', roleTerms: ['仓储'] });
  });

  it('仓储设备 and 物流装备 are machines, not a warehousing or logistics service', () => {
    expect(top('输送仓储设备与工业机器人。')).toMatchObject({
      link: 'general-equipment/handling-robots',
      role: 'maker',
    });
    expect(top('物流装备与输送机。').role).toBe('maker');
  });

  it('reads Traditional script and English the same', () => {
    expect(infer('主營動力電池電芯的研發與生產。')).toEqual(infer('主营动力电池电芯的研发与生产。'));
    expect(top('We manufacture prismatic battery cells for electric vehicles.').link).toMatch(/cells$/u);
  });

  it('names nothing for text of no chain', () => {
    expect(infer('商业银行服务，提供存款和贷款。')).toEqual({ links: [], role: 'maker', roleTerms: [] });
  });
});
