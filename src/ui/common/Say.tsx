import type { ComponentChildren } from 'preact';
import { activeCatalogue, say, type MessageKey } from '../../wording/messages';

/** Props of {@link Say}: the message, and its parameters as text or as markup. */
export interface SayProps {
  k: MessageKey;
  params: Readonly<Record<string, ComponentChildren>>;
}

/**
 * A message whose parameters are markup (`Crosscheck on <strong>{host}</strong>`): the template is
 * split at its `{name}` parameters and the parts are interleaved, so a translation may put them in
 * any order and the markup still never comes from a string.
 */
export function Say({ k, params }: SayProps) {
  // Said with each parameter left as its own {name}, then split there.
  const template = say(k, {}, activeCatalogue());
  const parts = template.split(/(\{[a-z-]+\})/);
  return (
    <>
      {parts.map((part) => {
        const m = /^\{([a-z-]+)\}$/.exec(part);
        return m && m[1]! in params ? params[m[1]!] : part;
      })}
    </>
  );
}
