import type { Lesson, LocalText } from '../../../src/content/lessons/types';

/** Every person-read text of a lesson, in reading order, with where it sits (for messages). */
export function lessonTexts(lesson: Lesson): { where: string; text: LocalText }[] {
  const texts: { where: string; text: LocalText }[] = [{ where: 'title', text: lesson.title }];
  lesson.objectives.forEach((text, i) => texts.push({ where: `objectives[${i}]`, text }));
  lesson.narrative.forEach((step, i) => texts.push({ where: `narrative[${i}]`, text: step.text }));
  for (const checkpoint of lesson.checkpoints) {
    const where = `checkpoint ${checkpoint.id}`;
    texts.push({ where: `${where} prompt`, text: checkpoint.prompt });
    if (checkpoint.kind === 'predictReply') {
      checkpoint.distractors.forEach((d) =>
        texts.push({ where: `${where} ${d.code}`, text: d.why }),
      );
    }
    if (checkpoint.kind === 'multipleChoice') {
      checkpoint.options.forEach((option, i) => {
        texts.push({ where: `${where} option ${i}`, text: option.text });
        texts.push({ where: `${where} option ${i} why`, text: option.why });
      });
    } else {
      texts.push({ where: `${where} explanation`, text: checkpoint.explanation });
    }
  }
  texts.push({ where: 'goal', text: lesson.goal.text });
  lesson.recap.forEach((text, i) => texts.push({ where: `recap[${i}]`, text }));
  for (const claim of lesson.claims ?? []) {
    texts.push({ where: `claim ${claim.id}`, text: claim.claim });
    texts.push({ where: `claim ${claim.id} fact`, text: claim.fact });
  }
  return texts;
}

/**
 * French typography (CURRICULUM.md, "Writing for the class"): a no-break space (U+00A0, or the
 * narrow U+202F) before : ; ! ? and inside « »; typographic apostrophes and ellipsis. Returns
 * what is wrong, empty when the text is right.
 */
export function frenchTypographyFaults(text: string): string[] {
  const faults: string[] = [];
  const nbsp = '[\u00a0\u202f]';
  if (/ [:;!?»]/.test(text)) faults.push('ordinary space before : ; ! ? or »');
  if (/« /.test(text)) faults.push('ordinary space after «');
  if (/[^\s\u00a0\u202f][:;!?]/.test(text.replace(/`[^`]*`/g, '')))
    faults.push('no space before : ; ! ? (outside `protocol text`)');
  if (new RegExp(`«(?!${nbsp})`).test(text)) faults.push('« without a no-break space after it');
  if (new RegExp(`(?<!${nbsp})»`).test(text)) faults.push('» without a no-break space before it');
  if (text.includes("'")) faults.push('straight apostrophe (use ’)');
  if (text.includes('...')) faults.push('three dots (use …)');
  if (text.includes('"')) faults.push('straight quotes (use « »)');
  return faults;
}

/**
 * A server reply typed by hand: a reply code followed by its enhanced code or its text
 * ("250 2.1.5 Ok", "235 Authentication…", "+OK …"). Lessons name codes ("the server answers
 * 250") and leave the reply's text to the timeline.
 */
export const TYPED_REPLY = /\b[2-5]\d\d[ -](?:\d\.\d{1,3}\.\d|[A-Z<])|[+-](?:OK|ERR) \S/;
