import { useT } from '../i18n';
import { LESSONS } from '../../content/lessons/catalogue';
import type { Language } from '../../state/language';
import { routeSearch } from '../../state/lesson-route';
import { score, useProgress } from '../../state/progress';
import { ProgressTools } from './ProgressTools';
import { RichText } from './RichText';

/** The lessons in order, each with where the student stands. */
export function LessonList({ language }: { language: Language }) {
  const t = useT();
  const lessons = useProgress((s) => s.lessons);
  return (
    <div className="lesson-list-page">
      <h2>{t('lessons.listTitle')}</h2>
      <p>{t('lessons.listIntro')}</p>
      <ol className="lesson-list">
        {LESSONS.map((lesson) => {
          const record = lessons[lesson.id];
          const started = record !== undefined && Object.keys(record.checkpoints).length > 0;
          const status = record?.done === true ? 'done' : started ? 'started' : 'new';
          const { right, total } = score(record === undefined ? [] : [record]);
          const statusText = {
            done: t('lessons.statusDone'),
            started: t('lessons.statusStarted'),
            new: t('lessons.statusNew'),
          }[status];
          const action = {
            done: t('lessons.again'),
            started: t('lessons.continue'),
            new: t('lessons.start'),
          }[status];
          return (
            <li key={lesson.id} className={`lesson-card status-${status}`}>
              <p className="lesson-number">
                {t('lessons.number', { number: lesson.number })} ·{' '}
                {t('lessons.minutes', { minutes: lesson.minutes })}
              </p>
              <h3>
                <a
                  href={routeSearch({ page: 'lesson', lesson: lesson.id, classMode: false })}
                  aria-describedby={`status-${lesson.id}`}
                >
                  {lesson.title[language]}
                </a>
              </h3>
              <p className="lesson-objective">
                <RichText text={lesson.objectives[0]?.[language] ?? ''} />
              </p>
              <p id={`status-${lesson.id}`} className="lesson-status">
                <span className="status-mark" aria-hidden="true">
                  {status === 'done' ? '✓' : status === 'started' ? '◐' : '○'}
                </span>{' '}
                {statusText}
                {total > 0 && ` · ${t('lessons.scoreOf', { right, total })}`}
              </p>
              <p className="lesson-action" aria-hidden="true">
                {action} →
              </p>
            </li>
          );
        })}
      </ol>
      <ProgressTools lessonCount={LESSONS.length} />
    </div>
  );
}
