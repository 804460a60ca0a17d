import { useTranslation } from 'react-i18next';
import { JourneyStrip } from './JourneyStrip';
import { PanelBoundary } from './PanelBoundary';

const PANELS = ['map', 'transcript', 'states', 'message', 'logs'] as const;

interface Props {
  world: string;
  step: number | null;
}

/** The simulator's frame: every panel in place, each behind its own error boundary. */
export function SimulatorFrame({ world, step }: Props) {
  const { t } = useTranslation();
  return (
    <section className="simulator" aria-labelledby="simulator-title">
      <div className="simulator-head">
        <h2 id="simulator-title">{t('simulator.label')}</h2>
        <p className="simulator-meta">
          <span>{t('simulator.world', { world })}</span>
          {step !== null && <span>{t('simulator.step', { step })}</span>}
        </p>
      </div>
      <JourneyStrip />
      <p className="simulator-empty">{t('simulator.empty')}</p>
      <div className="panels">
        {PANELS.map((panel) => (
          <section
            key={panel}
            className={`panel panel-${panel}`}
            aria-labelledby={`panel-${panel}`}
          >
            <h3 id={`panel-${panel}`}>{t(`simulator.panels.${panel}`)}</h3>
            <PanelBoundary>
              <p className="panel-empty">{t('simulator.panelEmpty')}</p>
            </PanelBoundary>
          </section>
        ))}
      </div>
    </section>
  );
}
