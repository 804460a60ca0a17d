import { Suspense, lazy, useEffect, useState } from 'react';
import { useT } from './i18n';
import { effectiveLanguage, usePreferences, type MotionPreference } from '../state/preferences';
import { isTroubleshootRoute, readRoute, routeSearch } from '../state/lesson-route';
import { readUrlState, writeUrlState, type UrlState } from '../state/url-state';
import { DEFAULT_WORLD } from '../state/world-timelines';
import { applyLanguage } from './i18n';
import { LanguageSwitch } from './components/LanguageSwitch';
import { Settings } from './components/Settings';
import { Simulator } from './components/Simulator';
import { WorldPicker } from './components/WorldPicker';

// Lessons, the glossary and progress load only when opened (initial_js_gzip_kb).
const LessonsRoute = lazy(() => import('./lessons/LessonsRoute'));
// The sandbox runs a live world: engines and XState load only when it is opened.
const SandboxRoute = lazy(() => import('./sandbox/SandboxRoute'));
const TroubleshootRoute = lazy(() => import('./troubleshoot/TroubleshootRoute'));

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** The system's reduced-motion setting, kept up to date while the page is open. */
function useSystemReducedMotion(): boolean {
  const [reduced, setReduced] = useState(
    () => window.matchMedia?.(REDUCED_MOTION_QUERY).matches ?? false,
  );
  useEffect(() => {
    const query = window.matchMedia?.(REDUCED_MOTION_QUERY);
    if (query === undefined) return;
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

function isMotionReduced(motion: MotionPreference, system: boolean): boolean {
  return motion === 'reduce' || (motion === 'system' && system);
}

export function App() {
  const t = useT();
  const saved = usePreferences((s) => s.language);
  const setLanguage = usePreferences((s) => s.setLanguage);
  const motion = usePreferences((s) => s.motion);
  const projector = usePreferences((s) => s.projector);
  const language = effectiveLanguage(saved, navigator.languages);
  // Read at start and on Back/Forward: otherwise the screen writes the address, not the other way.
  const [url, setUrl] = useState<UrlState>(() => readUrlState(window.location.search));
  const [route, setRoute] = useState(() => readRoute(window.location.search));
  const reducedMotion = isMotionReduced(motion, useSystemReducedMotion());

  useEffect(() => applyLanguage(language), [language]);
  useEffect(() => {
    const onPopState = () => {
      setUrl(readUrlState(window.location.search));
      setRoute(readRoute(window.location.search));
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const world = url.world ?? DEFAULT_WORLD;
  // Another world is a new page for Back, unlike stepping (which replaces the address).
  const openWorld = (next: string) => {
    const state = { world: next, step: null };
    window.history.pushState(null, '', writeUrlState(window.location.search, state) || '?');
    setUrl(state);
  };
  useEffect(() => {
    document.documentElement.dataset.projector = String(projector);
    document.documentElement.dataset.motion = reducedMotion ? 'reduce' : 'full';
  }, [projector, reducedMotion]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-tools">
          <a className="header-link" href={routeSearch({ page: 'lessons' })}>
            {t('lessons.nav')}
          </a>
          <a className="header-link" href={routeSearch({ page: 'scenarios' })}>
            {t('troubleshoot.nav')}
          </a>
          <a className="header-link" href={routeSearch({ page: 'sandbox' })}>
            {t('sandbox.nav')}
          </a>
          {route.page === 'simulator' && <WorldPicker world={world} onChange={openWorld} />}
          <Settings />
          <LanguageSwitch current={language} onChange={setLanguage} />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {route.page === 'simulator' ? (
          <section className="simulator" aria-labelledby="simulator-title">
            <h2 id="simulator-title" className="visually-hidden">
              {t('simulator.label')}
            </h2>
            <Simulator
              key={world}
              world={world}
              step={url.step}
              language={language}
              reducedMotion={reducedMotion}
            />
          </section>
        ) : route.page === 'sandbox' ? (
          <Suspense fallback={<p className="world-loading">{t('sim.loading')}</p>}>
            <SandboxRoute language={language} reducedMotion={reducedMotion} />
          </Suspense>
        ) : isTroubleshootRoute(route) ? (
          <Suspense fallback={<p className="world-loading">{t('sim.loading')}</p>}>
            <TroubleshootRoute route={route} language={language} reducedMotion={reducedMotion} />
          </Suspense>
        ) : (
          <Suspense fallback={<p className="world-loading">{t('sim.loading')}</p>}>
            <LessonsRoute
              route={route}
              step={url.step}
              language={language}
              reducedMotion={reducedMotion}
            />
          </Suspense>
        )}
      </main>
      <footer className="app-footer">{t('app.footer')}</footer>
    </>
  );
}
