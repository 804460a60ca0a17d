import { useT } from '../i18n';
import { usePreferences, type MotionPreference } from '../../state/preferences';

const MOTIONS: { value: MotionPreference; label: string }[] = [
  { value: 'system', label: 'settings.motionSystem' },
  { value: 'reduce', label: 'settings.motionReduce' },
  { value: 'full', label: 'settings.motionFull' },
];

/** Reduced motion (follows the system unless forced) and projector mode. */
export function Settings() {
  const t = useT();
  const motion = usePreferences((s) => s.motion);
  const projector = usePreferences((s) => s.projector);
  const setMotion = usePreferences((s) => s.setMotion);
  const setProjector = usePreferences((s) => s.setProjector);
  return (
    <div className="settings" role="group" aria-label={t('settings.label')}>
      <label>
        <span className="label-text">{t('settings.motion')}</span>{' '}
        <select
          value={motion}
          onChange={(event) => setMotion(event.target.value as MotionPreference)}
        >
          {MOTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {t(option.label)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-pressed={projector} onClick={() => setProjector(!projector)}>
        {t('settings.projector')}
      </button>
    </div>
  );
}
