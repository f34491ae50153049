/** Horizontal bars, one per area, with the area and score written beside each bar. */
interface Props {
  areas: { id: string; shortLabel: string; score: number }[];
  /** Prefix for the SVG's title/desc ids (two charts can share a page) */
  idPrefix: string;
  title?: string;
}

export default function AreaChart({ areas, idPrefix, title = '領域ごとの点数の棒グラフ' }: Props) {
  const rowH = 28;
  const labelW = 120;
  const barW = 300;
  const h = areas.length * rowH + 24;
  return (
    <svg class="diag__chart" viewBox={`0 0 ${labelW + barW + 60} ${h}`} role="img" aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}>
      <title id={`${idPrefix}-title`}>{title}</title>
      <desc id={`${idPrefix}-desc`}>{areas.map((a) => `${a.shortLabel} ${a.score}点`).join('、')}（同じ内容を表に示します）</desc>
      {[0, 50, 100].map((t) => (
        <g key={t}>
          <line x1={labelW + (barW * t) / 100} x2={labelW + (barW * t) / 100} y1={0} y2={areas.length * rowH} class="diag__grid" />
          <text x={labelW + (barW * t) / 100} y={areas.length * rowH + 16} text-anchor="middle" class="diag__tick">
            {t}
          </text>
        </g>
      ))}
      {areas.map((a, i) => (
        <g key={a.id}>
          <text x={labelW - 8} y={i * rowH + 19} text-anchor="end" class="diag__label">
            {a.shortLabel}
          </text>
          <rect x={labelW} y={i * rowH + 6} width={Math.max(0, (barW * a.score) / 100)} height={rowH - 12} class="diag__bar" />
          <text x={labelW + (barW * a.score) / 100 + 6} y={i * rowH + 19} class="diag__value">
            {a.score}点
          </text>
        </g>
      ))}
    </svg>
  );
}
