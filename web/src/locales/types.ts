// The shape every locale follows: the French messages' keys, a string where the French has a
// string, plural forms where the French has plural forms.
import type { Messages } from './fr';

/** Plural forms, chosen by Intl.PluralRules on the {n} variable. */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
  two?: string;
  few?: string;
  many?: string;
}

export type MessageKey = keyof Messages;

export type LocaleMessages = { [K in MessageKey]: Messages[K] extends string ? string : PluralForms };
