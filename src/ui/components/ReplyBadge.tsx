import { memo } from 'react';
import { useT } from '../i18n';
import type { ReplyClass } from '../../state/selectors/reply-class';

/** An icon per class, so the class never rests on colour alone; the text says it too. */
const ICONS: Record<ReplyClass, string> = {
  success: '✓',
  continue: '…',
  temporary: '↻',
  permanent: '✗',
  error: '✗',
  refused: '✗',
  bad: '⚠',
  closing: '⊘',
};

export const ReplyBadge = memo(function ReplyBadge({ cls }: { cls: ReplyClass }) {
  const t = useT();
  return (
    <span className={`reply-badge reply-${cls}`}>
      <span aria-hidden="true">{ICONS[cls]}</span> {t(`replyClass.${cls}`)}
    </span>
  );
});
