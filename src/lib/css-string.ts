/**
 * A CSS string literal for user text shown through `content:` (the printed pages' margin boxes
 * read the 団体名 from a custom property): quotes and backslashes escaped, line breaks made
 * spaces, so no text can end the string or add CSS.
 */
export const cssString = (s: string): string => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
