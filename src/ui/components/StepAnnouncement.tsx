import { memo, useMemo } from 'react';
import { useT } from '../i18n';
import type { HostView } from '../../state/world-view';
import type { Timeline } from '../../world/timeline/step';
import { announceStep } from '../announce';
import { useCursorAfterPaint } from './after-paint';

/**
 * The polite live region: one sentence per step. It is written once the step is painted, so
 * announcing costs the step nothing; a screen reader reads it at its next pause either way.
 */
export const StepAnnouncement = memo(function StepAnnouncement({
  timeline,
  hosts,
}: {
  timeline: Timeline;
  hosts: readonly HostView[];
}) {
  const t = useT();
  const cursor = useCursorAfterPaint();
  const step = timeline[cursor];
  const sentence = useMemo(
    () => (step === undefined ? '' : announceStep(t, step, hosts)),
    [t, step, hosts],
  );
  return (
    <p className="visually-hidden" role="status" aria-live="polite">
      {sentence}
    </p>
  );
});
