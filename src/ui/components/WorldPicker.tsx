import { useT } from '../i18n';
import { KNOWN_WORLDS } from '../../state/world-timelines';

interface Props {
  world: string;
  onChange(world: string): void;
}

/** The classroom world and its variants, by name in the interface language. */
export function WorldPicker({ world, onChange }: Props) {
  const t = useT();
  const known = KNOWN_WORLDS.includes(world);
  return (
    <label className="world-picker">
      <span className="label-text">{t('worlds.label')}</span>{' '}
      <select value={known ? world : ''} onChange={(event) => onChange(event.target.value)}>
        {!known && (
          <option value="" disabled>
            {t('worlds.unknown')}
          </option>
        )}
        {KNOWN_WORLDS.map((id) => (
          <option key={id} value={id}>
            {t(`worlds.names.${id}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
