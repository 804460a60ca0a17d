import type { Scenario, ScenarioGroup } from './types';
import { wrongPasswordScenario } from './wrong-password';
import { authBeforeStarttlsScenario } from './auth-before-starttls';
import { noAuthSubmissionScenario } from './no-auth-submission';
import { openRelayAttemptScenario } from './open-relay-attempt';
import { port25BlockedScenario } from './port-25-blocked';
import { tlsPortMismatchScenario } from './tls-port-mismatch';
import { tlsPortMismatchPlainScenario } from './tls-port-mismatch-plain';
import { messageTooBigScenario } from './message-too-big';
import { tooManyRecipientsScenario } from './too-many-recipients';
import { senderNotOwnedScenario } from './sender-not-owned';
import { unknownDomainScenario } from './unknown-domain';
import { noMxWebHostScenario } from './no-mx-web-host';
import { mxDownScenario } from './mx-down';
import { unknownUserScenario } from './unknown-user';
import { mailboxFullScenario } from './mailbox-full';
import { greylistingScenario } from './greylisting';
import { spfFailScenario } from './spf-fail';
import { dmarcRejectScenario } from './dmarc-reject';
import { blocklistedIpScenario } from './blocklisted-ip';
import { noReverseDnsScenario } from './no-reverse-dns';
import { badHeloScenario } from './bad-helo';
import { nullMxScenario } from './null-mx';
import { mailLoopScenario } from './mail-loop';
import { missingDotScenario } from './missing-dot';
import { pop3WrongPasswordScenario } from './pop3-wrong-password';
import { pop3CleartextRefusedScenario } from './pop3-cleartext-refused';
import { pop3NoQuitScenario } from './pop3-no-quit';
import { imapNoSuchFolderScenario } from './imap-no-such-folder';
import { imapNoExpungeScenario } from './imap-no-expunge';
import { imapOverQuotaScenario } from './imap-over-quota';

/** Every broken scenario Facteur ships, in CURRICULUM.md's order. */
export const SCENARIOS: readonly Scenario[] = [
  wrongPasswordScenario,
  authBeforeStarttlsScenario,
  noAuthSubmissionScenario,
  openRelayAttemptScenario,
  port25BlockedScenario,
  tlsPortMismatchPlainScenario,
  tlsPortMismatchScenario,
  messageTooBigScenario,
  tooManyRecipientsScenario,
  senderNotOwnedScenario,
  unknownDomainScenario,
  noMxWebHostScenario,
  mxDownScenario,
  unknownUserScenario,
  mailboxFullScenario,
  greylistingScenario,
  spfFailScenario,
  dmarcRejectScenario,
  blocklistedIpScenario,
  noReverseDnsScenario,
  badHeloScenario,
  nullMxScenario,
  mailLoopScenario,
  missingDotScenario,
  pop3WrongPasswordScenario,
  pop3CleartextRefusedScenario,
  pop3NoQuitScenario,
  imapNoSuchFolderScenario,
  imapNoExpungeScenario,
  imapOverQuotaScenario,
];

/** The troubleshooting list's groups, in the order a message travels. */
export const SCENARIO_GROUPS: readonly ScenarioGroup[] = [
  'sending',
  'routing',
  'receiving',
  'retrieving',
];
