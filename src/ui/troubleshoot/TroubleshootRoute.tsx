import { useT } from '../i18n';
import { SCENARIOS } from '../../content/scenarios/catalogue';
import type { Language } from '../../state/language';
import { routeSearch, type TroubleshootRoute } from '../../state/lesson-route';
import { BreakPage } from './BreakPage';
import { ScenarioList } from './ScenarioList';
import { ScenarioPage } from './ScenarioPage';
import '../lessons/lessons.css';
import './troubleshoot.css';
import { Motion } from '../Motion';

interface Props {
  route: TroubleshootRoute;
  language: Language;
  reducedMotion: boolean;
}

/**
 * The troubleshooting pages, loaded only when one is opened: scenario texts and the pages stay
 * out of the first screen, and the engines load later still, when a world is run.
 */
export default function TroubleshootPages({ route, language, reducedMotion }: Props) {
  const t = useT();
  if (route.page === 'scenarios') return <ScenarioList language={language} />;
  if (route.page === 'break')
    return <BreakPage language={language} reducedMotion={reducedMotion} />;
  const index = SCENARIOS.findIndex((candidate) => candidate.id === route.scenario);
  const scenario = SCENARIOS[index];
  if (scenario === undefined) {
    return (
      <div className="world-message" role="alert">
        <p>{t('troubleshoot.unknown', { scenario: route.scenario })}</p>
        <a href={routeSearch({ page: 'scenarios' })}>{t('troubleshoot.backToList')}</a>
      </div>
    );
  }
  return (
    <Motion reduced={reducedMotion}>
      <ScenarioPage
        key={scenario.id}
        scenario={scenario}
        next={SCENARIOS[index + 1] ?? null}
        language={language}
        reducedMotion={reducedMotion}
      />
    </Motion>
  );
}
