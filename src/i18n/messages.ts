import type { Lang } from '../core/lang.js';

/**
 * Each module keeps its own user-facing strings next to its code, in both languages, and looks them up
 * by key. A message is a string or a function of named parameters. The English table must have exactly
 * the Swedish table's keys (the type enforces it).
 */
export type Message = string | ((params: Record<string, string | number>) => string);
export type MessageTable<K extends string> = Record<K, Message>;

export function defineMessages<K extends string>(tables: { sv: MessageTable<K>; en: MessageTable<K> }) {
  return function t(lang: Lang, key: K, params: Record<string, string | number> = {}): string {
    const message = tables[lang][key];
    return typeof message === 'function' ? message(params) : message;
  };
}
