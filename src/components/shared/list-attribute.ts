/**
 * The items of a list attribute (`services`, `category`, `kind`, `lines`), one
 * rule for all: separated by commas, spaces or both (`"a,b"`, `"a b"`, `"a, b"`).
 */
export function listAttribute(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
