import type { Step } from '../../../src/world/timeline/step';

/** Builds a timeline from short step drafts: numbers and times follow the order given. */
export function timelineOf(drafts: Partial<Step>[]): Step[] {
  return drafts.map((draft, seq) => ({
    seq,
    time: seq * 20,
    conn: null,
    from: 'a',
    to: 'b',
    protocol: null,
    kind: 'log',
    text: '',
    states: {},
    explain: [],
    ...draft,
  }));
}

export const connect = (conn: string, from: string, to: string, port: number): Partial<Step> => ({
  conn,
  from,
  to,
  protocol: 'tcp',
  kind: 'connect',
  port,
  text: `connect to ${to}.example[192.0.2.1]:${port}`,
});

export const command = (
  conn: string,
  from: string,
  to: string,
  text: string,
  verb: string,
): Partial<Step> => ({
  conn,
  from,
  to,
  protocol: 'smtp',
  kind: 'command',
  text,
  command: { verb, key: `smtp.command.${verb}` },
});

export const reply = (
  conn: string,
  from: string,
  to: string,
  text: string,
  code: string,
): Partial<Step> => ({
  conn,
  from,
  to,
  protocol: 'smtp',
  kind: 'reply',
  text,
  reply: { code, key: 'smtp.reply.x' },
});
