import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { effectiveLanguage, usePreferences } from './state/preferences';
import { initI18n } from './ui/i18n';
import { App } from './ui/App';
import './ui/styles.css';

initI18n(effectiveLanguage(usePreferences.getState().language, navigator.languages));

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// Browser tests and the bench wait for this mark: the first screen is interactive.
requestAnimationFrame(() => document.documentElement.setAttribute('data-ready', 'true'));
