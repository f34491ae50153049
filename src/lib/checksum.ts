/**
 * The site's one checksum: FNV-1a, 32 bit, written in base 36. Used by the diagnosis share link
 * (src/lib/diagnosis/share.ts, unpadded) and by the restore code and backup keys
 * (src/lib/storage.ts, padded to 7 characters). Not a security measure: it only catches a link
 * or code that was cut short or edited in transit.
 *
 * @param minLength pad with leading '0' to this many characters (the formats already in users'
 *   hands: share links unpadded, restore codes and backup keys 7)
 */
export function checksum(s: string, minLength = 0): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(minLength, '0');
}
