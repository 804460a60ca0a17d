/** Dovecot's quota text (`src/plugins/quota/quota.c`), used by LMTP (552 5.2.2) and IMAP (NO [OVERQUOTA]). */
export const QUOTA_EXCEEDED_TEXT = 'Quota exceeded (mailbox for user is full)';

/** Limits of one account, summed over all its folders as Dovecot's quota plugin does. */
export interface Quota {
  /** Storage limit in octets (STORAGE in RFC 9208 counts kibibytes; we keep octets). */
  storage?: number;
  /** Message count limit. */
  messages?: number;
}

export interface QuotaUsage {
  storage: number;
  messages: number;
}

/** Whether adding `octets` in `count` messages stays within the quota. */
export function fitsQuota(quota: Quota, usage: QuotaUsage, octets: number, count: number): boolean {
  if (quota.storage !== undefined && usage.storage + octets > quota.storage) return false;
  if (quota.messages !== undefined && usage.messages + count > quota.messages) return false;
  return true;
}
