import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../../src/content/lessons/catalogue';
import type { Anchor, Lesson } from '../../../src/content/lessons/types';
import { SHIPPED_WORLDS, SHIPPED_WORLD_IDS } from '../../../src/content/worlds/shipped';
import {
  decodedSaslText,
  findOne,
  hostsInConnectionOrder,
  matchAll,
} from '../../../src/world/timeline/query';
import type { Step, Timeline } from '../../../src/world/timeline/step';
import { TYPED_REPLY, frenchTypographyFaults, lessonTexts } from './lesson-texts';

/** The build-time timeline (test/content/timelines.test.ts checks it equals a fresh run). */
function timelineOf(lesson: Lesson): Timeline {
  const file = JSON.parse(readFileSync(`src/content/timelines/${lesson.world}.json`, 'utf8')) as {
    steps: Step[];
  };
  return file.steps;
}

function anchorsOf(lesson: Lesson): { where: string; anchor: Anchor }[] {
  return [
    ...lesson.narrative.map((step, i) => ({ where: `narrative[${i}]`, anchor: step.anchor })),
    ...lesson.checkpoints.map((c) => ({ where: `checkpoint ${c.id}`, anchor: c.anchor })),
    { where: 'goal', anchor: lesson.goal.anchor },
  ];
}

/** The one step an anchor names (the test above fails first when it is not exactly one). */
function stepAt(timeline: Timeline, anchor: Anchor): Step {
  const result = findOne(timeline, anchor);
  if (!result.ok) throw result.error;
  return result.step;
}

/** Acronyms and the words that must stand beside their first use in each lesson. */
const EXPANSIONS: Record<string, { fr: RegExp; en: RegExp }> = {
  SMTP: { fr: /Simple Mail Transfer Protocol/, en: /Simple Mail Transfer Protocol/ },
  IMAP: { fr: /Internet Message Access Protocol/, en: /Internet Message Access Protocol/ },
  POP3: { fr: /Post Office Protocol/, en: /Post Office Protocol/ },
  LMTP: { fr: /Local Mail Transfer Protocol/, en: /Local Mail Transfer Protocol/ },
  DNS: { fr: /Domain Name System/, en: /Domain Name System/ },
  MUA: { fr: /client de messagerie/, en: /mail user agent/i },
  MSA: { fr: /serveur de soumission/, en: /submission (server|agent)/i },
  MTA: { fr: /agent de transfert/, en: /mail transfer agent/i },
  MDA: { fr: /agent de distribution/, en: /mail delivery agent/i },
  MX: { fr: /échangeur de courrier/, en: /mail exchanger/i },
  TLS: { fr: /Transport Layer Security/, en: /Transport Layer Security/ },
  TCP: { fr: /Transmission Control Protocol/, en: /Transmission Control Protocol/ },
  IP: { fr: /Internet Protocol/, en: /Internet Protocol/ },
  RFC: { fr: /Request for Comments/, en: /Request for Comments/ },
  SASL: {
    fr: /Simple Authentication and Security Layer/,
    en: /Simple Authentication and Security Layer/,
  },
  SPF: { fr: /Sender Policy Framework/, en: /Sender Policy Framework/ },
  DKIM: { fr: /DomainKeys Identified Mail/, en: /DomainKeys Identified Mail/ },
  DMARC: {
    fr: /Domain-based Message Authentication, Reporting and Conformance/,
    en: /Domain-based Message Authentication, Reporting and Conformance/,
  },
  MIME: {
    fr: /Multipurpose Internet Mail Extensions/,
    en: /Multipurpose Internet Mail Extensions/,
  },
  ASCII: {
    fr: /American Standard Code for Information Interchange/,
    en: /American Standard Code for Information Interchange/,
  },
};

describe('the lesson catalogue', () => {
  it('numbers the lessons 1, 2, 3… in order, with unique ids', () => {
    expect(LESSONS.map((lesson) => lesson.number)).toEqual(LESSONS.map((_, i) => i + 1));
    expect(new Set(LESSONS.map((lesson) => lesson.id)).size).toBe(LESSONS.length);
  });
});

describe.each(LESSONS.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (_, lesson) => {
  const timeline = timelineOf(lesson);

  it('runs in a shipped world', () => {
    expect(SHIPPED_WORLD_IDS).toContain(lesson.world);
    expect(SHIPPED_WORLDS[lesson.world].id).toBe(lesson.world);
  });

  it('reaches its goal', () => {
    expect(matchAll(timeline, lesson.goal.anchor).length).toBeGreaterThan(0);
  });

  it('has anchors that each match exactly one step', () => {
    const faults = anchorsOf(lesson).flatMap(({ where, anchor }) => {
      const result = findOne(timeline, anchor);
      return result.ok ? [] : [`${where}: ${result.error.message}`];
    });
    expect(faults).toEqual([]);
  });

  it('tells its narrative in timeline order', () => {
    const seqs = lesson.narrative.map((step) => stepAt(timeline, step.anchor).seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('has 8–20 narrative steps, 3–6 checkpoints, 3–5 recap points and objectives', () => {
    expect(lesson.narrative.length).toBeGreaterThanOrEqual(8);
    expect(lesson.narrative.length).toBeLessThanOrEqual(20);
    expect(lesson.checkpoints.length).toBeGreaterThanOrEqual(3);
    expect(lesson.checkpoints.length).toBeLessThanOrEqual(6);
    expect(lesson.recap.length).toBeGreaterThanOrEqual(3);
    expect(lesson.recap.length).toBeLessThanOrEqual(5);
    expect(lesson.objectives.length).toBeGreaterThan(0);
    expect(new Set(lesson.checkpoints.map((c) => c.id)).size).toBe(lesson.checkpoints.length);
  });

  it('asks predictReply on a reply, with distractors that are all wrong and distinct', () => {
    for (const checkpoint of lesson.checkpoints) {
      if (checkpoint.kind !== 'predictReply') continue;
      const step = stepAt(timeline, checkpoint.anchor);
      expect({ id: checkpoint.id, kind: step.kind }).toEqual({ id: checkpoint.id, kind: 'reply' });
      const right = step.reply?.code;
      expect(right).toBeDefined();
      const codes = checkpoint.distractors.map((d) => d.code);
      expect(codes.length).toBeGreaterThanOrEqual(2);
      expect(codes).not.toContain(right);
      expect(new Set(codes).size).toBe(codes.length);
      // The explanation may name the right code, and then only the one the engine answered.
      for (const lang of ['fr', 'en'] as const) {
        const named = checkpoint.explanation[lang].match(/\b[1-5]\d\d\b/g) ?? [];
        expect({ id: checkpoint.id, named: [...new Set(named)] }).toEqual({
          id: checkpoint.id,
          named: named.length === 0 ? [] : [right],
        });
      }
    }
  });

  it('has multiple-choice questions with exactly one right option among at least three', () => {
    for (const checkpoint of lesson.checkpoints) {
      if (checkpoint.kind !== 'multipleChoice') continue;
      expect(checkpoint.options.length).toBeGreaterThanOrEqual(3);
      expect({
        id: checkpoint.id,
        right: checkpoint.options.filter((o) => o.correct).length,
      }).toEqual({ id: checkpoint.id, right: 1 });
    }
  });

  it('asks to select a line of the transcript: a command, a reply, data or a network event', () => {
    for (const checkpoint of lesson.checkpoints) {
      if (checkpoint.kind !== 'selectLine') continue;
      expect([
        'command',
        'reply',
        'data',
        'connect',
        'close',
        'tls',
        'deliver',
        'dns-answer',
        'queue',
      ]).toContain(stepAt(timeline, checkpoint.anchor).kind);
    }
  });

  it('decodes base64 the engine sent: a SASL line whose answer holds the user and password', () => {
    for (const checkpoint of lesson.checkpoints) {
      if (checkpoint.kind !== 'decodeBase64') continue;
      const step = stepAt(timeline, checkpoint.anchor);
      const decoded = decodedSaslText(step);
      const users = SHIPPED_WORLDS[lesson.world].users;
      // The right answer is computed from the engine's text; the world's own settings check it.
      expect(users.some((user) => decoded === `\u0000${user.address}\u0000${user.password}`)).toBe(
        true,
      );
    }
  });

  it('orders hops from the timeline: from the sending device, through at least two servers', () => {
    const world = SHIPPED_WORLDS[lesson.world];
    for (const checkpoint of lesson.checkpoints) {
      if (checkpoint.kind !== 'orderHops') continue;
      const until = stepAt(timeline, checkpoint.anchor).seq;
      const hosts = hostsInConnectionOrder(timeline.filter((step) => step.seq <= until));
      const firstSender = world.clients.find((client) => client.id === world.sends?.[0]?.client);
      expect(hosts[0]).toBe(firstSender?.host);
      expect(hosts.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('has every text in French and English, non-empty', () => {
    const faults = lessonTexts(lesson).flatMap(({ where, text }) =>
      (['fr', 'en'] as const)
        .filter((lang) => typeof text[lang] !== 'string' || text[lang].trim() === '')
        .map((lang) => `${where}: no ${lang}`),
    );
    expect(faults).toEqual([]);
  });

  it('follows French typography', () => {
    const faults = lessonTexts(lesson).flatMap(({ where, text }) =>
      frenchTypographyFaults(text.fr).map((fault) => `${where}: ${fault} in « ${text.fr} »`),
    );
    expect(faults).toEqual([]);
  });

  it('writes English without French spacing', () => {
    const faults = lessonTexts(lesson)
      .filter(({ text }) => /[\u00a0\u202f«»]/.test(text.en))
      .map(({ where }) => where);
    expect(faults).toEqual([]);
  });

  it('never types a server reply: replies come from the anchored steps', () => {
    const faults = lessonTexts(lesson).flatMap(({ where, text }) =>
      (['fr', 'en'] as const)
        .filter((lang) => TYPED_REPLY.test(text[lang]))
        .map((lang) => `${where} (${lang}): ${text[lang]}`),
    );
    expect(faults).toEqual([]);
  });

  it('expands every acronym the first time the lesson uses it', () => {
    const texts = lessonTexts(lesson).filter(({ where }) => where !== 'title');
    const faults: string[] = [];
    for (const [acronym, expansion] of Object.entries(EXPANSIONS)) {
      const pattern = new RegExp(`(?<![\\w-])${acronym}(?![\\w-])`);
      for (const lang of ['fr', 'en'] as const) {
        // Protocol text between backticks (`AUTH PLAIN`, `IN MX`) is quoted, not prose.
        const first = texts.find(({ text }) => pattern.test(text[lang].replace(/`[^`]*`/g, '')));
        if (first !== undefined && !expansion[lang].test(first.text[lang]))
          faults.push(`${acronym} (${lang}) first used in ${first.where} without its expansion`);
      }
    }
    expect(faults).toEqual([]);
  });
});
