/** Number formatting for 別添1's figures: thousands separators and one decimal as printed. */

/** 1788 → "1,788". */
export const fmtCount = (n: number): string => n.toLocaleString('ja-JP');

/** 49.3 → "49.3％"; whole numbers keep the source's form (100 → "100％", 85 → "85.0％" when asked). */
export const fmtPercent = (p: number, keepDecimal = true): string =>
  `${keepDecimal && !(p === 0 || p === 100) ? p.toFixed(1) : String(p)}％`;
