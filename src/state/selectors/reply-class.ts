import type { Step } from '../../world/timeline/step';

/**
 * The class of a reply, read from `reply.code` (never from the text). SMTP and LMTP use the
 * first digit (RFC 5321 §4.2.1); POP3 has +OK / -ERR (RFC 1939 §3); IMAP has tagged and
 * untagged OK / NO / BAD / BYE / PREAUTH and the "+" continuation (RFC 3501 §7.1).
 */
export type ReplyClass =
  'success' | 'continue' | 'temporary' | 'permanent' | 'error' | 'refused' | 'bad' | 'closing';

export function replyClass(step: Pick<Step, 'reply'>): ReplyClass | null {
  const code = step.reply?.code;
  if (code === undefined) return null;
  switch (code) {
    case '+OK':
    case 'OK':
    case 'PREAUTH':
      return 'success';
    case '+':
      return 'continue';
    case '-ERR':
      return 'error';
    case 'NO':
      return 'refused';
    case 'BAD':
      return 'bad';
    case 'BYE':
      return 'closing';
  }
  switch (code.charAt(0)) {
    case '2':
      return 'success';
    case '3':
      return 'continue';
    case '4':
      return 'temporary';
    case '5':
      return 'permanent';
    default:
      return null;
  }
}

/** True for a reply that reports a failure of any kind. */
export function isFailure(cls: ReplyClass | null): boolean {
  return (
    cls === 'temporary' ||
    cls === 'permanent' ||
    cls === 'error' ||
    cls === 'refused' ||
    cls === 'bad'
  );
}
