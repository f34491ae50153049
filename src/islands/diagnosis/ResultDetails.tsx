/**
 * The long parts of a result: the guide's answers to the ticked concerns, the support programs
 * and the cases. On paper they print only when 「詳細も印刷する」 is ticked, from a new page.
 */
import { recommendCases, recommendPrograms, tickedConcerns } from '../../lib/diagnosis/recommend';
import type { AboutAnswers, Answers, DiagnosisContent } from '../../lib/diagnosis/types';

interface Props {
  content: DiagnosisContent;
  answers: Answers;
  about: AboutAnswers;
}

export default function ResultDetails({ content, answers, about }: Props) {
  const programs = recommendPrograms(content.rules, content.programs, answers, about);
  const cases = recommendCases(content.rules, content.cases, content.fallbackCases, answers, about);
  const ticked = tickedConcerns(about);
  const concerns = content.concerns.filter((c) => ticked.includes(c.id));
  return (
    <div class="diag__details">
      <h3>懸念への手引きの答え</h3>
      {concerns.length > 0 ? (
        concerns.map((c) => (
          <div class="diag__concern" key={c.id}>
            <h4>{c.label}</h4>
            {c.lead && <p>{c.lead}</p>}
            <ul>
              {c.answers.map((a, i) => (
                <li key={i}>
                  {a.title && <strong>{a.title}：</strong>}
                  {a.text}
                  <span class="meta">
                    （{a.href ? <a href={a.href}>{a.hrefLabel}</a> : null}
                    {a.href ? '、' : ''}
                    {a.source}）
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p>懸念は選ばれていません。「当てはまる懸念」を選ぶと、手引きの答えを表示します。</p>
      )}

      <h3>使える国の支援策</h3>
      {programs.length > 0 ? (
        <ul>
          {programs.map((p) => (
            <li key={p.item.id}>
              <a href={p.item.href}>{p.item.title}</a>：{p.reasons[0]}
              {p.item.note && <span class="meta">（{p.item.note}）</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p>回答からは特に該当する支援策はありませんでした。</p>
      )}

      <h3>参考になる取組事例</h3>
      <ul>
        {cases.map((c) => (
          <li key={c.item.id}>
            <a href={c.item.href}>{c.item.title}</a>
            {c.item.note && `「${c.item.note}」`}
            {c.reasons[0] && <>：{c.reasons[0]}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
