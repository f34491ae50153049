/**
 * Who runs this copy of the site. Set at build time by whoever deploys it (most copies are run by
 * a 都道府県 for its 市町村, or by a town on its own server):
 *   SITE_OPERATOR     運営者の名前（例：〇〇県 総務部 デジタル推進課）
 *   SITE_CONTACT      問い合わせ先（メールアドレス・電話番号など、表示する文字列）
 *   SITE_CONTACT_URL  問い合わせ先のページ（http(s):// または mailto:）
 * Without SITE_OPERATOR the site calls itself an unofficial edition and names no person or office.
 * Pure: the environment is passed in (pages pass process.env).
 */

export interface SiteOperator {
  name: string;
  contact?: string;
  contactUrl?: string;
}

export interface SiteConfig {
  /** undefined: no operator was set (unofficial edition) */
  operator?: SiteOperator;
}

const clean = (v: string | undefined): string | undefined => {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

/** Reads the operator settings from an environment; a contact URL must be http(s) or mailto. */
export function readSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  const name = clean(env['SITE_OPERATOR']);
  if (!name) return {};
  const contact = clean(env['SITE_CONTACT']);
  const contactUrl = clean(env['SITE_CONTACT_URL']);
  if (contactUrl && !/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(contactUrl)) {
    throw new Error(`SITE_CONTACT_URL は http://・https://・mailto: で始まるアドレスにしてください: ${contactUrl}`);
  }
  return { operator: { name, ...(contact ? { contact } : {}), ...(contactUrl ? { contactUrl } : {}) } };
}

