/**
 * Words that turn a sentence from what a firm makes to what its products are for or whom they serve (用于汽车, 广泛应用于
 * 家电, 下游客户, used in vehicles). Written from the wording of company descriptions in general, not from any
 * evaluation data.
 */
const APPLICATION =
  /用于|应用于|适用于|运用于|应用在|应用领域|广泛应用|服务于|面向|下游|客户|供应给|供货给|(?<![a-z])(?:used (?:in|for|by)|applied (?:in|to)|applications? (?:in|for|including)|for use in|serving|customers?)(?![a-z])/u;
/** A sentence with its end mark (an English clause runs on to the next of these, which is close enough here). */
const SENTENCES = /[^。；;!?！？\n]+[。；;!?！？\n]?/gu;

/**
 * @internal A description split into what the firm makes and what its products are for: in each sentence, the words
 * from an application marker to the sentence's end go to the second part (the clauses joined by spaces); the rest,
 * end marks included, is the first.
 * @example splitApplications('生产车轮，用于乘用车。') // ['生产车轮，。', '用于乘用车']
 */
export function splitApplications(text: string): [own: string, applications: string] {
  if (!APPLICATION.test(text)) return [text, ''];
  let own = '';
  let applications = '';
  for (const m of text.matchAll(SENTENCES)) {
    const sentence = m[0];
    const at = sentence.search(APPLICATION);
    if (at < 0) {
      own += sentence;
      continue;
    }
    // The end mark stays with the firm's own words, so the two parts never run into each other.
    const end = /[。；;!?！？\n]$/u.test(sentence) ? sentence.length - 1 : sentence.length;
    own += sentence.slice(0, at) + sentence.slice(end);
    applications += `${applications ? ' ' : ''}${sentence.slice(at, end)}`;
  }
  return [own, applications];
}
