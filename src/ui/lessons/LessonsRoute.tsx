import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { LESSONS } from '../../content/lessons/catalogue';
import type { Language } from '../../state/language';
import {
  routeSearch,
  withClassMode,
  type Route,
  type TroubleshootRoute,
} from '../../state/lesson-route';
import { GlossaryPage } from './GlossaryPage';
import { LessonList } from './LessonList';
import { LessonPage } from './LessonPage';
import { Motion } from '../Motion';
import './lessons.css';

interface Props {
  route: Exclude<Route, { page: 'simulator' } | { page: 'sandbox' } | TroubleshootRoute>;
  step: number | null;
  language: Language;
  reducedMotion: boolean;
}

/**
 * The lesson pages, loaded only when one is opened: lesson data and the runner stay out of the
 * first screen's scripts.
 */
export default function LessonsRoute({ route, step, language, reducedMotion }: Props) {
  const t = useT();
  const [classMode, setClassMode] = useState(route.page === 'lesson' && route.classMode);

  // Class mode enlarges the whole page (the projector's back row) and lives in the address.
  useEffect(() => {
    document.documentElement.dataset.classMode = String(classMode);
    const search = withClassMode(window.location.search, classMode);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
    return () => {
      delete document.documentElement.dataset.classMode;
    };
  }, [classMode]);

  if (route.page === 'lessons') return <LessonList language={language} />;
  if (route.page === 'glossary') return <GlossaryPage language={language} />;
  const lesson = LESSONS.find((candidate) => candidate.id === route.lesson);
  if (lesson === undefined) {
    return (
      <div className="world-message" role="alert">
        <p>{t('lessons.unknown', { lesson: route.lesson })}</p>
        <a href={routeSearch({ page: 'lessons' })}>{t('lessons.backToList')}</a>
      </div>
    );
  }
  return (
    <Motion reduced={reducedMotion}>
      <LessonPage
        lesson={lesson}
        step={step}
        language={language}
        reducedMotion={reducedMotion}
        classMode={classMode}
        onClassMode={setClassMode}
      />
    </Motion>
  );
}
