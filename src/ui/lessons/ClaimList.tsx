import { useId, useMemo } from 'react';
import { useT } from '../i18n';
import type { MythClaim } from '../../content/lessons/types';
import type { Language } from '../../state/language';
import { matchOne } from '../../world/timeline/query';
import type { Timeline } from '../../world/timeline/step';
import { RichText } from './RichText';

interface Props {
  claims: readonly MythClaim[];
  timeline: Timeline;
  cursor: number;
  /** How far the lesson's gate lets the cursor go: a later proof waits for its question. */
  limit: number;
  language: Language;
  onShow(seq: number): void;
}

/**
 * Lesson 12's claims: each with a button that takes the simulator to the step that disproves
 * it. A claim's fact shows once the cursor has reached that step, so it never answers a
 * question asked before it.
 */
export function ClaimList({ claims, timeline, cursor, limit, language, onShow }: Props) {
  const t = useT();
  const lockedHint = useId();
  // Found once per run, not at every step of the cursor.
  const seqs = useMemo(
    () => claims.map((claim) => matchOne(timeline, claim.anchor).seq),
    [claims, timeline],
  );
  const disproved = seqs.filter((seq) => seq <= cursor).length;
  const anyLocked = seqs.some((seq) => seq > limit);

  return (
    <details className="lesson-claims">
      <summary>
        {t('claims.title')}{' '}
        <span className="claims-count">
          {t('claims.count', { disproved, count: claims.length })}
        </span>
      </summary>
      <p className="lesson-hint">{t('claims.intro')}</p>
      {anyLocked && (
        <p id={lockedHint} className="lesson-hint">
          {t('claims.locked')}
        </p>
      )}
      <ol className="claims">
        {claims.map((claim, index) => {
          const seq = seqs[index] ?? 0;
          const locked = seq > limit;
          return (
            <li key={claim.id} className="claim" data-current={seq === cursor}>
              <p className="claim-text">
                <span className="visually-hidden">{t('claims.claim')} </span>
                <q>
                  <RichText text={claim.claim[language]} />
                </q>
              </p>
              <button
                type="button"
                disabled={locked}
                aria-describedby={locked ? lockedHint : undefined}
                onClick={() => onShow(seq)}
              >
                {t('claims.show', { step: seq })}
              </button>
              {seq <= cursor && (
                <p className="claim-fact">
                  <strong>{t('claims.fact')}</strong> <RichText text={claim.fact[language]} />
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
