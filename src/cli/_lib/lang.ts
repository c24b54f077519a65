import { type Command, Option } from 'commander';
import type { Lang } from '../../io/_lib/sheets.js';

export type { Lang };

/**
 * The language of a run's messages: `--lang` when given, else Chinese when the system locale is (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG` starting with `zh`), else English. Tables default to Chinese whatever the locale.
 * @example messageLang(undefined, { LANG: 'zh_CN.UTF-8' }) // 'zh'
 */
export function messageLang(flag: Lang | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag) return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/iu.test(locale) ? 'zh' : 'en';
}

/** Adds `--lang zh|en` to a command. */
export function addLangOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--lang <lang>',
      'language of tables (default zh) and of progress and summaries (default: the system locale)',
    ).choices(['zh', 'en']),
  );
}
