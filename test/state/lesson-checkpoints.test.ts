import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/content/lessons/catalogue';
import type { Checkpoint, Lesson } from '../../src/content/lessons/types';
import {
  decodedWords,
  gateAt,
  holdPoint,
  isRight,
  narrativeIndexAt,
  predictChoices,
  rightHops,
  scrambledHops,
} from '../../src/state/lesson-checkpoints';
import { matchOne } from '../../src/world/timeline/query';
import type { Step, Timeline } from '../../src/world/timeline/step';

function timelineOf(lesson: Lesson): Timeline {
  const file = JSON.parse(readFileSync(`src/content/timelines/${lesson.world}.json`, 'utf8')) as {
    steps: Step[];
  };
  return file.steps;
}

function lesson(id: string): Lesson {
  const found = LESSONS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no lesson ${id}`);
  return found;
}

function checkpoint(of: Lesson, id: string): Checkpoint {
  const found = of.checkpoints.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no checkpoint ${id}`);
  return found;
}

const journey = lesson('journey');
const journeyTimeline = timelineOf(journey);
const auth = lesson('auth');
const authTimeline = timelineOf(auth);

describe('checkpoint answers, read from the timeline', () => {
  it('takes the code of the anchored reply as the prediction, and no distractor', () => {
    const greeting = checkpoint(journey, 'greeting');
    const reply = matchOne(journeyTimeline, greeting.anchor);
    // The wire text of the greeting starts with its code.
    expect(
      isRight(journeyTimeline, greeting, { kind: 'predictReply', code: reply.text.slice(0, 3) }),
    ).toBe(true);
    expect(reply.text.startsWith('220 ')).toBe(true);
    for (const code of ['250', '354', '550'])
      expect(isRight(journeyTimeline, greeting, { kind: 'predictReply', code })).toBe(false);
  });

  it('offers the engine’s code among the distractors, sorted, so it is not always first', () => {
    expect(predictChoices(journeyTimeline, checkpoint(journey, 'greeting'))).toEqual([
      '220',
      '250',
      '354',
      '550',
    ]);
    const dialogue = lesson('smtp-dialogue');
    expect(predictChoices(timelineOf(dialogue), checkpoint(dialogue, 'quit-reply'))).toEqual([
      '221',
      '250',
      '421',
      '554',
    ]);
  });

  it('asks a prediction one step before its reply, every other question at its step', () => {
    const greeting = checkpoint(journey, 'greeting');
    const seq = matchOne(journeyTimeline, greeting.anchor).seq;
    expect(holdPoint(journeyTimeline, greeting)).toBe(seq - 1);
    const relay = checkpoint(journey, 'who-relays');
    expect(holdPoint(journeyTimeline, relay)).toBe(matchOne(journeyTimeline, relay.anchor).seq);
  });

  it('accepts the one option marked correct in a multiple choice', () => {
    const relay = checkpoint(journey, 'who-relays');
    if (relay.kind !== 'multipleChoice') throw new Error('expected a multiple choice');
    relay.options.forEach((option, index) =>
      expect(isRight(journeyTimeline, relay, { kind: 'multipleChoice', option: index })).toBe(
        option.correct,
      ),
    );
  });

  it('accepts only the anchored transcript line as the proof', () => {
    const proof = checkpoint(journey, 'proof-of-delivery');
    const line = journeyTimeline.find(
      (step) => step.kind === 'deliver' && step.text.includes('saved mail to INBOX'),
    );
    expect(line).toBeDefined();
    expect(isRight(journeyTimeline, proof, { kind: 'selectLine', seq: line?.seq ?? -1 })).toBe(
      true,
    );
    expect(isRight(journeyTimeline, proof, { kind: 'selectLine', seq: (line?.seq ?? 0) - 1 })).toBe(
      false,
    );
  });

  it('orders the hops as the message travelled in the classroom world', () => {
    const hops = checkpoint(journey, 'hops');
    const journeyOrder = ['alice-laptop', 'smtp-lycee', 'mx-ecole', 'mail-ecole', 'bob-laptop'];
    expect(rightHops(journeyTimeline, hops)).toEqual(journeyOrder);
    expect(isRight(journeyTimeline, hops, { kind: 'orderHops', hosts: journeyOrder })).toBe(true);
    expect(
      isRight(journeyTimeline, hops, { kind: 'orderHops', hosts: [...journeyOrder].reverse() }),
    ).toBe(false);
  });

  it('never shows the hops already in order', () => {
    const right = ['a', 'b', 'c'];
    expect(scrambledHops(right, (id) => id)).toEqual(['c', 'b', 'a']);
    expect(scrambledHops(right, (id) => ({ a: 'z', b: 'y', c: 'x' })[id] ?? id)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(scrambledHops(['b', 'a'], (id) => id)).toEqual(['a', 'b']);
  });

  it('accepts AUTH PLAIN decoded with its null bytes written any usual way', () => {
    const decode = checkpoint(auth, 'decode-plain');
    const answers = [
      'alice@lycee.example merveilles',
      '\u0000alice@lycee.example\u0000merveilles',
      '\\0alice@lycee.example\\0merveilles',
      '␀alice@lycee.example␀merveilles',
      ' alice@lycee.example  merveilles ',
    ];
    for (const text of answers)
      expect(isRight(authTimeline, decode, { kind: 'decodeBase64', text })).toBe(true);
    for (const text of [
      'alice merveilles',
      'alice@lycee.example',
      'merveilles alice@lycee.example',
    ])
      expect(isRight(authTimeline, decode, { kind: 'decodeBase64', text })).toBe(false);
    expect(decodedWords('NUL a NUL b')).toEqual(['a', 'b']);
  });

  it('rejects an answer of another kind', () => {
    expect(
      isRight(journeyTimeline, checkpoint(journey, 'greeting'), {
        kind: 'multipleChoice',
        option: 0,
      }),
    ).toBe(false);
  });
});

describe('the gate and the narrative', () => {
  it('holds the cursor at the first question not yet answered, then lets it reach the end', () => {
    const first = gateAt(journeyTimeline, journey, new Set());
    expect(first.checkpoint?.id).toBe('greeting');
    expect(first.limit).toBe(holdPoint(journeyTimeline, checkpoint(journey, 'greeting')));
    const second = gateAt(journeyTimeline, journey, new Set(['greeting']));
    expect(second.checkpoint?.id).toBe('who-relays');
    const all = gateAt(journeyTimeline, journey, new Set(journey.checkpoints.map((c) => c.id)));
    expect(all).toEqual({ limit: journeyTimeline.length - 1, checkpoint: null });
  });

  it('takes the questions in timeline order, not in the lesson’s order', () => {
    const ports = lesson('ports-tls');
    const portsTimeline = timelineOf(ports);
    const order: string[] = [];
    const settled = new Set<string>();
    for (;;) {
      const gate = gateAt(portsTimeline, ports, settled);
      if (gate.checkpoint === null) break;
      order.push(gate.checkpoint.id);
      settled.add(gate.checkpoint.id);
    }
    const holds = order.map((id) => holdPoint(portsTimeline, checkpoint(ports, id)));
    expect(holds).toEqual([...holds].sort((a, b) => a - b));
    expect(order).toHaveLength(ports.checkpoints.length);
  });

  it('shows the last narrative text reached, none before the first', () => {
    expect(narrativeIndexAt([3, 8, 12], 0)).toBe(-1);
    expect(narrativeIndexAt([3, 8, 12], 3)).toBe(0);
    expect(narrativeIndexAt([3, 8, 12], 11)).toBe(1);
    expect(narrativeIndexAt([3, 8, 12], 40)).toBe(2);
  });
});
