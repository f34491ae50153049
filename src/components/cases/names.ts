import type { Case } from '../../schemas/case';

/** "茨城県" for a prefecture, "兵庫県神戸市" / "長野県松本市①" for the others, as the guide heads them. */
export const caseName = (c: Pick<Case, 'prefecture' | 'municipality'>): string =>
  c.prefecture === c.municipality ? c.municipality : `${c.prefecture}${c.municipality}`;

/** URL-safe anchor for a filter group, e.g. ("form", 2) → "form-2". */
export const groupAnchor = (kind: 'form' | 'kind' | 'theme', n: number): string => `${kind}-${n + 1}`;
