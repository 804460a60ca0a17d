import { useEffect } from 'react';
import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { effectiveLanguage, usePreferences } from '../state/preferences';
import { readUrlState } from '../state/url-state';
import { applyLanguage } from './i18n';
import { LanguageSwitch } from './components/LanguageSwitch';
import { SimulatorFrame } from './components/SimulatorFrame';

const DEFAULT_WORLD = 'classroom';

export function App() {
  const { t } = useTranslation();
  const saved = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const motion = usePreferences((s) => s.motion);
  const language = effectiveLanguage(saved, navigator.languages);
  const url = readUrlState(window.location.search);

  useEffect(() => applyLanguage(language), [language]);

  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig
        reducedMotion={motion === 'system' ? 'user' : motion === 'reduce' ? 'always' : 'never'}
      >
        <a className="skip-link" href="#main">
          {t('app.skipToContent')}
        </a>
        <header className="app-header">
          <div className="brand">
            <h1>{t('app.title')}</h1>
            <p className="tagline">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch current={language} onChange={setLanguage} />
        </header>
        <main id="main" tabIndex={-1}>
          <SimulatorFrame world={url.world ?? DEFAULT_WORLD} step={url.step} />
        </main>
        <footer className="app-footer">{t('app.footer')}</footer>
      </MotionConfig>
    </LazyMotion>
  );
}
