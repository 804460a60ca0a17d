import { journeyLesson } from './01-journey';
import { smtpDialogueLesson } from './02-smtp-dialogue';
import { envelopeHeadersLesson } from './03-envelope-headers';
import { dnsMxLesson } from './04-dns-mx';
import { portsTlsLesson } from './05-ports-tls';
import { authLesson } from './06-auth';
import { queuesBouncesLesson } from './07-queues-bounces';
import { pop3Lesson } from './08-pop3';
import { imapLesson } from './09-imap';
import { spfDkimDmarcLesson } from './10-spf-dkim-dmarc';
import { rawMessageLesson } from './11-raw-message';
import { mythsLesson } from './12-myths';
import type { Lesson } from './types';

/** The guided lessons, in CURRICULUM.md's order: the lesson list shows them this way. */
export const LESSONS: readonly Lesson[] = [
  journeyLesson,
  smtpDialogueLesson,
  envelopeHeadersLesson,
  dnsMxLesson,
  portsTlsLesson,
  authLesson,
  queuesBouncesLesson,
  pop3Lesson,
  imapLesson,
  spfDkimDmarcLesson,
  rawMessageLesson,
  mythsLesson,
];
