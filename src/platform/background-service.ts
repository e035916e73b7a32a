/** The background's state and message handling. PLACEHOLDER. */
export function startBackground(): void {}
