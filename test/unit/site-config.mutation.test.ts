/** The operator settings (src/lib/site-config.ts) at their edges: spaces and the contact URL's form. */
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../src/lib/site-config';

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
