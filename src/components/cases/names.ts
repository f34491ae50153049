/** URL-safe anchor for a filter group, e.g. ("form", 2) → "form-2". */
export const groupAnchor = (kind: 'form' | 'kind' | 'theme', n: number): string => `${kind}-${n + 1}`;
