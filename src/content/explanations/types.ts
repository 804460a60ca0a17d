/**
 * What a student reads when they select a command or a reply: one entry per explanation key
 * (`smtp.command.MAIL`, `smtp.reply.rcptOk`, `pop3.reply.authFailed`, `imap.code.OVERQUOTA` …).
 * Each protocol keeps one file per language, `<protocol>.<lang>.ts`, loaded lazily by the views.
 * Protocol text (commands, replies) is quoted as is; everything around it is translated.
 */
export interface Explanation {
  /** A short title: "MAIL FROM — the envelope sender". */
  title: string;
  /** What it means, in one or two plain sentences. */
  meaning: string;
  /** When it comes: which state, after which command. */
  when: string;
  /** What a technician does about it (for an error), or what comes next (for a success). */
  action: string;
  /** The RFC section the rule comes from, e.g. "RFC 5321 §4.1.1.2". */
  rfc?: string;
  /** Where the simulator deliberately differs from the real server, if it does. */
  difference?: string;
}

export type ExplanationCatalogue = Readonly<Record<string, Explanation>>;
