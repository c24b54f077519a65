export { PROVINCES, lookupProvince, ASEAN_MEMBERS, lookupAseanCountry, sourceRegionsOf } from './regions.js';
export type { ProvinceInfo, AseanMember } from './regions.js';
export {
  GBT4754_SECTIONS,
  GBT4754_DIVISIONS,
  GBT4754_GROUPS,
  GBT4754_CLASSES,
  industryCodeInfo,
  normalizeIndustryCode,
  sectionOfDivision,
} from './industry.js';
export type { IndustryLevel, IndustryEntry, IndustryDivision, IndustryCodeInfo } from './industry.js';
export { GUANGXI_CITIES, lookupGuangxiCity } from './guangxi.js';
export type { GuangxiCity, GuangxiPark } from './guangxi.js';
export { INDUSTRY_TERMS } from './industry-terms.js';
