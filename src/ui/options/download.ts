/**
 * Saving a file the page made (an exported pack) where the user chooses: a Blob URL behind an
 * <a download> clicked once. Needs no permission (the `downloads` API would) and sends nothing
 * anywhere: the Blob lives in the page's memory until its URL is revoked.
 */

/**
 * How long the Blob URL outlives the click. Firefox starts reading the Blob after the click event
 * returns, and revoking at once can fail the download; FileSaver.js waits 40 s for this reason.
 */
export const REVOKE_AFTER_MS = 40_000;

/** Offers `text` as a file named `name`. */
export function downloadText(name: string, text: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
