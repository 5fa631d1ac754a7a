/**
 * The items of a list attribute (`services`, `category`, `kind`, `lines`), one
 * rule for all: separated by commas, spaces or both (`"a,b"`, `"a b"`, `"a, b"`).
 *
 * A phone number is often written with spaces inside (`116 006`, as it is
 * displayed): give `isKnown` and groups of digits that together make a known
 * item stay one item (the longest such run first), so `"3919, 116 006"` and
 * `"3919 116 006"` both read as `3919` and `116006`.
 */
export function listAttribute(value: string | null | undefined, isKnown?: (item: string) => boolean): string[] {
  const words = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (!isKnown) return words;
  // Runs of digit words not separated by a comma may be one number.
  const separated = (value ?? '').split(',').map((part) => part.split(/\s+/).filter(Boolean));
  const items: string[] = [];
  for (const part of separated) {
    for (let start = 0; start < part.length;) {
      let end = start + 1;
      for (let candidate = part.length; candidate > start + 1; candidate -= 1) {
        const run = part.slice(start, candidate);
        if (run.every((word) => /^\d+$/.test(word)) && isKnown(run.join(''))) {
          end = candidate;
          break;
        }
      }
      items.push(part.slice(start, end).join(''));
      start = end;
    }
  }
  return items;
}
