import type { ComponentChildren } from 'preact';

/** Props of {@link StateMessage}. */
export interface StateMessageProps {
  /** The state's name, also set as data-state for tests. */
  state: string;
  /** A short heading ("Not a Gaza-war article"). */
  title: string;
  children?: ComponentChildren;
  /** Error states are announced at once (role="alert"); others politely (role="status"). */
  tone?: 'info' | 'error';
  /** The heading's level: 2 under a page's h1. */
  level?: 2 | 3;
  testId?: string;
  /** Shows the (motion-free under reduced motion) busy indicator and sets aria-busy. */
  busy?: boolean;
}

/** A designed state panel: loading, empty, not found, error. Never leaves a page blank. */
export function StateMessage({ state, title, children, tone = 'info', level = 2, testId, busy }: StateMessageProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section
      class={`state state-${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      aria-busy={busy ? 'true' : undefined}
      data-testid={testId}
      data-state={state}
    >
      <Heading class={busy ? 'loading' : undefined}>{title}</Heading>
      {children}
    </section>
  );
}
