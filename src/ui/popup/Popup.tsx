/** The toolbar popup: what Crosscheck knows about the current tab. PLACEHOLDER. */
export function Popup() {
  return <main><h1>Crosscheck</h1></main>;
}
