import type { ReactNode } from 'react';

/** A lesson text: what sits between backticks is protocol text, shown as code and untranslated. */
export function RichText({ text }: { text: string }): ReactNode {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}
