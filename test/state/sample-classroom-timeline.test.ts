import { describe, expect, it } from 'vitest';
import { reply, renderReply, type ReplyName } from '../../src/protocols/smtp/replies';
import { sampleClassroomTimeline as timeline } from '../../src/state/sample-classroom-timeline';
import { classroomWorld } from '../../src/content/worlds/classroom';

/** `smtp.reply.rcptOk` → `rcptOk`; `lmtp.reply.saved` → `lmtpSaved` (the engine's names). */
function replyName(key: string): ReplyName {
  const [protocol, , name = ''] = key.split('.');
  return (
    protocol === 'lmtp' ? `lmtp${name.charAt(0).toUpperCase()}${name.slice(1)}` : name
  ) as ReplyName;
}

describe('the sample classroom timeline', () => {
  it('numbers its steps in order, in time order', () => {
    expect(timeline.map((s) => s.seq)).toEqual(timeline.map((_, i) => i));
    expect(timeline.every((s, i) => i === 0 || s.time >= timeline[i - 1]!.time)).toBe(true);
  });

  it('names only hosts of the classroom world', () => {
    const hosts = new Set(classroomWorld.hosts.map((h) => h.id));
    expect(timeline.filter((s) => !hosts.has(s.from) || !hosts.has(s.to))).toEqual([]);
  });

  it('uses the SMTP engine’s own reply texts where they take no argument', () => {
    const fixed: ReplyName[] = [
      'mailOk',
      'rcptOk',
      'dataStart',
      'bye',
      'readyToStartTls',
      'authSuccessful',
    ];
    const smtp = timeline.filter((s) => s.protocol === 'smtp' && s.kind === 'reply');
    for (const step of smtp) {
      const name = replyName(step.reply!.key);
      if (!fixed.includes(name)) continue;
      expect(step.text).toBe(renderReply(reply(name)).trimEnd());
    }
  });

  it('gives every SMTP and LMTP reply the engine’s code and enhanced code for its key', () => {
    const replies = timeline.filter(
      (s) => (s.protocol === 'smtp' || s.protocol === 'lmtp') && s.kind === 'reply',
    );
    for (const step of replies) {
      const built = reply(replyName(step.reply!.key), {
        host: 'h',
        banner: 'b',
        queueId: 'q',
        capabilities: [],
      });
      expect({
        key: step.reply!.key,
        code: step.reply!.code,
        enhanced: step.reply!.enhanced,
      }).toEqual({
        key: step.reply!.key,
        code: String(built.code),
        enhanced: built.enhanced,
      });
    }
  });

  it('encrypts what follows STARTTLS on each SMTP connection, and nothing before', () => {
    for (const conn of ['c1', 'c2']) {
      const steps = timeline.filter((s) => s.conn === conn && s.kind !== 'close');
      const handshake = steps.findIndex((s) => s.kind === 'tls');
      expect(steps.slice(0, handshake + 1).some((s) => s.encrypted === true)).toBe(false);
      expect(steps.slice(handshake + 1).every((s) => s.encrypted === true)).toBe(true);
    }
  });
});
