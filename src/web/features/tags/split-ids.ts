/**
 * Splits pasted text into customer IDs: whitespace, commas and semicolons (ASCII or full-width,
 * as Chinese keyboards type them) separate IDs; duplicates keep their first position.
 * A later task replaces this with full parsing and validation in src/shared.
 */
export function splitIds(text: string): string[] {
  const ids = text
    .split(/[\s,;\uff0c\uff1b\u3001]+/u)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return [...new Set(ids)];
}
