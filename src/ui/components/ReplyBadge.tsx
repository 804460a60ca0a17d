import { memo } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  return (
    <span className={`reply-badge reply-${cls}`}>
      <span aria-hidden="true">{ICONS[cls]}</span> {t(`replyClass.${cls}`)}
    </span>
  );
});
