/**

 */
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/lib/site-config';

// ── formerly site-config.test.ts
{
describe('運営者の設定（SITE_OPERATOR・SITE_CONTACT・SITE_CONTACT_URL）', () => {
  it('設定がなければ運営者なし（非公式版）。人や部署を作り出さない', () => {
    expect(readSiteConfig({})).toEqual({});
    expect(readSiteConfig({ SITE_OPERATOR: '   ', SITE_CONTACT: 'x@example.jp' })).toEqual({});
  });
  it('運営者だけ、または問い合わせ先つきで読む（前後の空白と改行は詰める）', () => {
    expect(readSiteConfig({ SITE_OPERATOR: ' 〇〇県 総務部\nデジタル推進課 ' })).toEqual({ operator: { name: '〇〇県 総務部 デジタル推進課' } });
    expect(readSiteConfig({ SITE_OPERATOR: '〇〇町 総務課', SITE_CONTACT: '内線1234', SITE_CONTACT_URL: 'mailto:soumu@example.jp' })).toEqual({
      operator: { name: '〇〇町 総務課', contact: '内線1234', contactUrl: 'mailto:soumu@example.jp' },
    });
    expect(readSiteConfig({ SITE_OPERATOR: 'A', SITE_CONTACT_URL: 'https://example.jp/contact/' }).operator?.contactUrl).toBe('https://example.jp/contact/');
  });
  it('問い合わせ先の URL は http(s)・mailto だけ（javascript: などは例外でビルドを止める）', () => {
    expect(() => readSiteConfig({ SITE_OPERATOR: 'A', SITE_CONTACT_URL: 'javascript:alert(1)' })).toThrow(/SITE_CONTACT_URL/);
    expect(() => readSiteConfig({ SITE_OPERATOR: 'A', SITE_CONTACT_URL: 'example.jp' })).toThrow(/SITE_CONTACT_URL/);
  });
});
}

// ── formerly site-config.mutation.test.ts
{
describe('readSiteConfig：細かな規則', () => {
  it('続いた空白は1つに詰める', () => {
    expect(readSiteConfig({ SITE_OPERATOR: '〇〇町  総務課', SITE_CONTACT: '内線\t\t1234' })).toStrictEqual({ operator: { name: '〇〇町 総務課', contact: '内線 1234' } });
  });

  it('http: も https: も受け付ける', () => {
    expect(readSiteConfig({ SITE_OPERATOR: 'A', SITE_CONTACT_URL: 'http://example.jp/' }).operator?.contactUrl).toBe('http://example.jp/');
    expect(readSiteConfig({ SITE_OPERATOR: 'A', SITE_CONTACT_URL: 'HTTPS://EXAMPLE.JP/' }).operator?.contactUrl).toBe('HTTPS://EXAMPLE.JP/');
  });

  it('アドレスの前後にほかの文字があるもの、途中に空白があるものは止める', () => {
    for (const url of ['x https://example.jp/', 'javascript:1//https://example.jp/', 'https://example.jp/ a', 'mailto:a@example.jp b']) {
      expect(() => readSiteConfig({ SITE_OPERATOR: 'A', SITE_CONTACT_URL: url }), url).toThrow(/SITE_CONTACT_URL/);
    }
  });
});
}
