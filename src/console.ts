/** Every console message of the library starts with this, so that a page author can tell them apart. */
export const CONSOLE_PREFIX = '[guichet-securite]';

export type ConsoleLevel = 'info' | 'warn' | 'error';

const said = new Set<string>();

/** Writes `[guichet-securite] message` to the console at `level`, followed by `details` (an error, say). */
export function say(level: ConsoleLevel, message: string, ...details: unknown[]): void {
  console[level](`${CONSOLE_PREFIX} ${message}`, ...details);
}

/**
 * Writes `[guichet-securite] message` to the console once for this copy of the
 * library: a problem met by many elements, or at every render, is said once.
 * Messages are told apart by `key` (by default the message itself); name the
 * element in the message (`<service-list>: …`).
 */
export function warnOnce(
  message: string,
  options: { readonly key?: string; readonly level?: ConsoleLevel } = {},
): void {
  const level = options.level ?? 'warn';
  const key = `${level} ${options.key ?? message}`;
  if (said.has(key)) return;
  said.add(key);
  say(level, message);
}
