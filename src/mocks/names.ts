import { type Rng, chance, int, pick } from "./random.ts";

// Plausible but invented company names: [hanzi, pinyin] pairs so the account name can follow
// the Chinese name the way partners' customers usually name their accounts.
const CITIES = [
  "杭州",
  "深圳",
  "上海",
  "北京",
  "成都",
  "南京",
  "苏州",
  "武汉",
  "西安",
  "广州",
  "厦门",
  "长沙",
  "合肥",
  "青岛",
  "宁波",
];
const SYLLABLES: readonly (readonly [string, string])[] = [
  ["云", "yun"],
  ["帆", "fan"],
  ["星", "xing"],
  ["海", "hai"],
  ["智", "zhi"],
  ["创", "chuang"],
  ["辰", "chen"],
  ["启", "qi"],
  ["明", "ming"],
  ["信", "xin"],
  ["达", "da"],
  ["博", "bo"],
  ["嘉", "jia"],
  ["华", "hua"],
  ["泰", "tai"],
  ["远", "yuan"],
  ["盛", "sheng"],
  ["瑞", "rui"],
  ["恒", "heng"],
  ["天", "tian"],
  ["联", "lian"],
  ["新", "xin"],
  ["源", "yuan"],
  ["锐", "rui"],
];
const INDUSTRIES: readonly (readonly [string, string])[] = [
  ["科技", "tech"],
  ["网络", "net"],
  ["信息技术", "it"],
  ["数据", "data"],
  ["软件", "soft"],
  ["电子商务", "ecom"],
  ["文化传媒", "media"],
  ["智能制造", "mfg"],
  ["物流", "logistics"],
  ["教育科技", "edu"],
];
const EN_FIRST = [
  "Northwind",
  "Bluepeak",
  "Silverline",
  "Harbor",
  "Evergreen",
  "Redwood",
  "Skybridge",
  "Brightpath",
  "Oakridge",
  "Lumen",
];
const EN_SECOND: readonly (readonly [string, string])[] = [
  ["Data", "data"],
  ["Software", "soft"],
  ["Trading", "trade"],
  ["Labs", "labs"],
  ["Digital", "digital"],
  ["Logistics", "logistics"],
];
const EN_SUFFIX = ["Ltd.", "Co., Ltd.", "Limited", "Pte. Ltd."];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["芳", "伟", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "婷", "强"];

/** A company's display name and the stem its account name is built from. */
export interface CompanyName {
  name: string;
  accountStem: string;
}

/** Returns a Chinese company name such as 杭州云帆科技有限公司 (stem "yunfan-tech"). */
export function chineseCompany(rng: Rng): CompanyName {
  const [h1, p1] = pick(rng, SYLLABLES);
  const [h2, p2] = pick(rng, SYLLABLES);
  const [industry, industryStem] = pick(rng, INDUSTRIES);
  return {
    name: `${pick(rng, CITIES)}${h1}${h2}${industry}有限公司`,
    accountStem: `${p1}${p2}-${industryStem}`,
  };
}

/** Returns a Chinese or (about 15% of the time) English company name. */
export function companyName(rng: Rng): CompanyName {
  if (!chance(rng, 0.15)) return chineseCompany(rng);
  const first = pick(rng, EN_FIRST);
  const [second, stem] = pick(rng, EN_SECOND);
  return {
    name: `${first} ${second} ${pick(rng, EN_SUFFIX)}`,
    accountStem: `${first.toLowerCase()}-${stem}`,
  };
}

/** Returns a Chinese person's name, for account managers. */
export function personName(rng: Rng): string {
  return `${pick(rng, SURNAMES)}${pick(rng, GIVEN)}${chance(rng, 0.5) ? pick(rng, GIVEN) : ""}`;
}

/** Returns a UTC time stamp in the given month, in Huawei's `2025-03-04T08:00:00Z` form. */
export function timeInMonth(rng: Rng, month: string): string {
  const day = String(int(rng, 1, 28)).padStart(2, "0");
  const hour = String(int(rng, 0, 23)).padStart(2, "0");
  const minute = String(int(rng, 0, 59)).padStart(2, "0");
  return `${month}-${day}T${hour}:${minute}:00Z`;
}
