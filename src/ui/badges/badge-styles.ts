/**
 * The badge's CSS, inside its shadow root. `:host { all: initial }` resets whatever the page
 * inherits into it; !important on the host's own layout wins over page rules aimed at
 * `crosscheck-badge` (for important declarations the shadow context beats the outer one).
 * Colours follow the system scheme; nothing moves when reduced motion is asked.
 */
export const BADGE_CSS = `
:host { all: initial !important; display: inline-block !important; position: relative !important;
  visibility: visible !important; opacity: 1 !important; margin: 0 !important; margin-inline-start: 0.25em !important; vertical-align: baseline !important;
  font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif !important; clip-path: none !important; transform: none !important; }
* { box-sizing: border-box; }
.b, .card { --ok: #166534; --ok-bg: #dcfce7; --up: #1e40af; --up-bg: #dbeafe; --no: #9a3412; --no-bg: #ffedd5;
  --fit: #115e59; --fit-bg: #ccfbf1; --old: #854d0e; --old-bg: #fef9c3; --un: #5b21b6; --un-bg: #ede9fe; --oc: #3730a3; --oc-bg: #e0e7ff;
  --card: #ffffff; --ink: #111827; --muted: #4b5563; --line: #d1d5db; }
.b { all: unset; cursor: pointer; display: inline-flex; gap: 0.3em; align-items: center; padding: 0 0.45em;
  border-radius: 0.7em; border: 1px solid currentColor; font: inherit; white-space: nowrap; user-select: none;
  transition: box-shadow 120ms ease-out; }
.b:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.b:hover { box-shadow: 0 0 0 2px rgba(37, 99, 235, 0.25); }
.agrees { color: var(--ok); background: var(--ok-bg); }
.update { color: var(--up); background: var(--up-bg); }
.conflict { color: var(--no); background: var(--no-bg); }
/* The official check, one look per verdict; none is red: no verdict says a figure is false. */
.ref-matches { color: var(--ok); background: var(--ok-bg); }
.ref-consistent { color: var(--fit); background: var(--fit-bg); }
.ref-stale { color: var(--old); background: var(--old-bg); }
.ref-ahead { color: var(--up); background: var(--up-bg); }
.ref-unmatched { color: var(--un); background: var(--un-bg); }
.ref-outside { color: var(--muted); background: var(--card); border-style: dashed; }
.ref-other-counter { color: var(--oc); background: var(--oc-bg); }
.card { position: absolute; z-index: 2147483647; top: 1.6em; left: 0; width: 22em; max-width: calc(100vw - 16px); padding: 0.75em;
  overflow: auto; overscroll-behavior: contain;
  background: var(--card); color: var(--ink); border: 1px solid var(--line); border-radius: 0.5em;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); white-space: normal; text-align: start; }
.card[hidden] { display: none; }
.card h2 { all: unset; display: block; font-weight: 600; font-size: 13px; margin-bottom: 0.4em; }
.card p, .card li { margin: 0.25em 0; }
.card ul { list-style: none; margin: 0; padding: 0; }
.card li { border-top: 1px solid var(--line); padding-top: 0.35em; }
.card .lead { font-weight: 600; }
.card .ref, .card .reports { border-top: 1px solid var(--line); padding-top: 0.35em; margin-top: 0.35em; }
.card dl { margin: 0.25em 0; display: grid; gap: 0.1em; }
.card dl div { display: flex; justify-content: space-between; gap: 1em; }
.card dt, .card dd { margin: 0; }
.card dd { font-weight: 600; font-variant-numeric: tabular-nums; }
.card li { border-top: none; padding-top: 0; }
.small { font-size: 11px; }
.card a, .card button.open { all: unset; color: #1d4ed8; text-decoration: underline; cursor: pointer; }
.card a:focus-visible, .card button.open:focus-visible { outline: 2px solid #2563eb; }
.muted { color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .b, .card { --ok: #86efac; --ok-bg: #14532d; --up: #93c5fd; --up-bg: #1e3a8a; --no: #fdba74; --no-bg: #7c2d12;
    --fit: #5eead4; --fit-bg: #134e4a; --old: #fde047; --old-bg: #713f12; --un: #c4b5fd; --un-bg: #4c1d95; --oc: #a5b4fc; --oc-bg: #312e81;
    --card: #1f2937; --ink: #f9fafb; --muted: #d1d5db; --line: #4b5563; }
  .card { background: #1f2937; color: #f9fafb; border-color: #4b5563; }
  .muted { color: #d1d5db; }
  .card a, .card button.open { color: #93c5fd; }
}
@media (prefers-reduced-motion: reduce) { .b { transition: none; } }
`;
