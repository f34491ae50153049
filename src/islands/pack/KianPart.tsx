/**
 * The 起案 cover of the 決裁パック as it prints: 決裁欄 (a table of 職名 over empty boxes for
 * the seals, 合議 in its own row), 件名, 起案日・起案者, 1 趣旨 (the guide's and the notice's
 * words, quoted with their source, then the site's sentence), 2 決裁を求める事項, 3 内容,
 * 4 経費と財源, 5 今後の予定. Renders a KianDocument (src/lib/kian.ts) as text only; a sentence
 * still in the site's words carries 「当サイトの案」.
 */
import { SOURCES_NOTE, type Drafted, type KianDocument } from '../../lib/kian';

const Mark = ({ d }: { d: { draft: boolean } }) => (d.draft ? <span class="kian-draft">（当サイトの案）</span> : null);

const Para = ({ d }: { d: Drafted }) => (
  <p class="kian-text">
    {d.text}
    <Mark d={d} />
  </p>
);

function Approval({ label, roles }: { label: string; roles: string[] }) {
  return (
    <table class="kian-approval" data-kian-approval={label}>
      <caption class="visually-hidden">{label}欄</caption>
      <tbody>
        <tr>
          <th scope="row" rowSpan={2} class="kian-approval__label">
            {label}
          </th>
          {roles.map((r, i) => (
            <td key={i} class="kian-approval__role">
              {r}
            </td>
          ))}
        </tr>
        <tr class="kian-approval__seals">
          {roles.map((_, i) => (
            <td key={i} />
          ))}
        </tr>
      </tbody>
    </table>
  );
}

interface Props {
  doc: KianDocument;
  /** Labels of the parts attached after the cover, in order */
  attached: string[];
}

export default function KianPart({ doc, attached }: Props) {
  return (
    <section class="pack-part pack-cover kian" data-pack-part="cover" aria-labelledby="kian-cover-title">
      <div class="kian-approvals">
        <Approval label="決裁" roles={doc.approval.decide} />
        {doc.approval.consult.length > 0 && <Approval label="合議" roles={doc.approval.consult} />}
      </div>
      <h2 class="kian-title" id="kian-cover-title" data-kian-title>
        <span class="kian-title__label">件名</span>　{doc.title.text}
        <Mark d={doc.title} />
      </h2>
      <table class="report-table pack-cover__meta kian-meta">
        <tbody>
          <tr>
            <th scope="row">起案日</th>
            <td>{doc.date}</td>
            <th scope="row">起案者</th>
            <td class="report-table__text" data-kian-author>
              {[doc.unit, doc.author].filter(Boolean).join('　') || '（未記入）'}
            </td>
          </tr>
          <tr>
            <th scope="row">団体名</th>
            <td class="report-table__text" data-pack-org colSpan={3}>
              {doc.org || '（未入力）'}
            </td>
          </tr>
        </tbody>
      </table>

      <h3>1　趣旨</h3>
      <p class="kian-text">
        手引き（{doc.purpose.guideCite}）：「{doc.purpose.guideLead}」
      </p>
      <ol class="kian-quote">
        {doc.purpose.guideReasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ol>
      <p class="kian-text">
        通知（{doc.purpose.noticeCite}）：「{doc.purpose.noticeRequest}」
      </p>
      <Para d={doc.purpose.site} />

      <h3>2　決裁を求める事項</h3>
      <ol class="kian-decisions" data-kian-decisions>
        {doc.decisions.text.map((d, i) => (
          <li key={i}>
            {d}
            {doc.decisions.draft && i === doc.decisions.text.length - 1 && <span class="kian-draft">（以上、当サイトの案）</span>}
          </li>
        ))}
      </ol>

      <h3>3　内容</h3>
      <ul class="kian-content">
        {doc.content.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {attached.length > 0 && <p class="kian-text">添付：{attached.map((a, i) => `${i + 1} ${a}`).join('、')}</p>}

      <h3>4　経費と財源</h3>
      {doc.costs.rows.length > 0 ? (
        <table class="report-table kian-costs" data-kian-costs>
          <thead>
            <tr>
              <th scope="col">項目</th>
              <th scope="col">金額</th>
              <th scope="col">財源</th>
            </tr>
          </thead>
          <tbody>
            {doc.costs.rows.map((r, i) => (
              <tr key={i}>
                <td class="report-table__text">{r.item}</td>
                <td class="kian-amount">{r.amount}</td>
                <td class="report-table__text">{r.source}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">合計</th>
              <td class="kian-amount">{doc.costs.total}</td>
              <td />
            </tr>
          </tbody>
        </table>
      ) : (
        <p class="kian-text">経費：（未記入）</p>
      )}
      <Para d={doc.costs.note} />
      <p class="kian-text kian-programs">活用を検討できる国の支援策：{doc.costs.programs.map((g) => g.line).join('、')}</p>

      <h3>5　今後の予定</h3>
      {doc.schedule.rows.length > 0 ? (
        <table class="report-table kian-schedule">
          <tbody>
            {doc.schedule.rows.map(([label, when]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{when}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="kian-text">導入工程表：まだ作成していません。</p>
      )}
      <Para d={doc.schedule.note} />
      <p class="pack-small">
        {SOURCES_NOTE}自治体テレワーク推進ナビ（非公式）で作成。「当サイトの案」の文は手引きの文ではありません。
      </p>
    </section>
  );
}
