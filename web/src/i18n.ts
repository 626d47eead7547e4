// Translation: French first (the users' language), English available. The messages are in
// locales/ (one file per language, keys typed from the French); plurals through Intl.PluralRules.
import vocabulary from '../../contract/vocabulary.json';
import type { Lang } from './graph/urlState';
import { en } from './locales/en';
import { fr } from './locales/fr';
import type { LocaleMessages, MessageKey, PluralForms } from './locales/types';

export type { MessageKey };

const LOCALES: Record<Lang, LocaleMessages> = { fr, en };
const PLURAL_LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export type Vars = Record<string, string | number>;
export type T = (key: MessageKey, vars?: Vars) => string;

const fill = (s: string, vars?: Vars) => (vars ? Object.entries(vars).reduce((out, [k, v]) => out.split(`{${k}}`).join(String(v)), s) : s);

export function translator(lang: Lang): T {
  const messages = LOCALES[lang];
  const plural = new Intl.PluralRules(PLURAL_LOCALE[lang]);
  return (key, vars) => {
    const m: string | PluralForms | undefined = messages[key];
    if (m === undefined) return key; // a kind or type the interface does not know yet
    if (typeof m === 'string') return fill(m, vars);
    const form = plural.select(Number(vars?.n ?? 0)) as keyof PluralForms;
    return fill(m[form] ?? m.other, vars);
  };
}

interface VocabItem {
  id: string;
  label: string;
  en?: string;
}
const vocab = vocabulary as unknown as { domains: VocabItem[]; barriers: VocabItem[]; publics: VocabItem[] };
const vocabIndex = new Map<string, VocabItem>([...vocab.domains, ...vocab.barriers, ...vocab.publics].map((v) => [v.id, v]));
const publicIds = new Set(vocab.publics.map((p) => p.id));

/** Label of a domain, barrier or public in the language (English gloss when there is one). */
export function vocabLabel(id: string, fallback: string, lang: Lang): string {
  if (lang === 'en' && publicIds.has(id)) return en[`public.${id}` as MessageKey] as string;
  const v = vocabIndex.get(id);
  if (!v) return fallback;
  return lang === 'en' && v.en ? v.en : v.label;
}

/** The words for a node type, an actor or programme kind, a territory level or a link type (the graph carries them as strings). */
export const nodeTypeLabel = (t: T, type: string) => t(`nodeType.${type}` as MessageKey);
export function kindLabel(t: T, type: string, kind: string | null): string {
  if (!kind) return '';
  if (type === 'Actor') return t(`actorKind.${kind}` as MessageKey);
  if (type === 'Programme') return t(`programmeKind.${kind}` as MessageKey);
  if (type === 'Territory') return t(`level.${kind}` as MessageKey);
  return kind;
}
export const linkLabel = (t: T, type: string) => t(`linkType.${type}` as MessageKey);
