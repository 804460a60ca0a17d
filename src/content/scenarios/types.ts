import type { WorldPatch } from '../../world/config/patch';
import type { StepQuery } from '../../world/timeline/query';

/** A text a person reads, in both languages (DESIGN.md: French and English everywhere). */
export interface Localized {
  readonly fr: string;
  readonly en: string;
}

/** One thing the technician should find in the run of the broken world (exactly one step). */
export interface Evidence {
  readonly query: StepQuery;
  readonly note: Localized;
}

/** A condition over a finished run; a goal holds when all of its conditions hold. */
export type GoalCondition =
  /** The folder holds at least `count` messages (default 1) at the end of the run. */
  | {
      readonly check: 'delivered';
      readonly address: string;
      readonly folder?: string;
      readonly count?: number;
    }
  /** No message of the folder carries `flag` at the end of the run (`\Deleted` once expunged). */
  | {
      readonly check: 'noFlag';
      readonly address: string;
      readonly flag: string;
      readonly folder?: string;
    }
  /** The folder is empty at the end of the run (POP3 deletions applied at QUIT). */
  | { readonly check: 'empty'; readonly address: string; readonly folder?: string }
  /** A step matching `query` happens (`present: true`) or never happens. */
  | { readonly check: 'step'; readonly query: StepQuery; readonly present: boolean };

/**
 * What every repair must keep, each checked by a probe run on the repaired world:
 * - `noOpenRelay`: an outsider asking any SMTP listener to relay to an outside domain is refused;
 * - `submissionRequiresAuth`: a device that does not log in cannot send through submission;
 * - `mxRefuses`: the MX `host` still refuses an outsider who greets with a bare name
 *   (`bareHelo`), whose address is on the blocklists (`listedClient`) or who has no PTR
 *   (`clientWithoutPtr`): a repair made on the sender's side must not switch off the
 *   receiver's protection;
 * - `spfDmarcOn`: the MX `host` still checks mail that claims to come from the domain
 *   `spfDmarcOn`: an outsider using that domain in MAIL FROM is refused by SPF (550 5.7.23),
 *   and one using it only in the `From:` field is refused by DMARC (550 5.7.1).
 */
export type Invariant =
  | 'noOpenRelay'
  | 'submissionRequiresAuth'
  | {
      readonly mxRefuses: 'bareHelo' | 'listedClient' | 'clientWithoutPtr';
      readonly host: string;
    }
  | { readonly spfDmarcOn: string; readonly host: string };

export interface Repair {
  readonly id: string;
  readonly patch: WorldPatch;
  readonly note: Localized;
}

export interface DiagnosisChoice {
  readonly id: string;
  readonly text: Localized;
  readonly correct: boolean;
  /** Why this answer is right, or why it is wrong (CURRICULUM.md: every wrong answer explained). */
  readonly explanation: Localized;
}

/**
 * Where along the message's path the fault lies, as the troubleshooting list groups them:
 * Alice's client to her submission server, server to server (DNS, MX, queue), Bob's MX and
 * mailbox accepting it, Bob's client reading it.
 */
export type ScenarioGroup = 'sending' | 'routing' | 'receiving' | 'retrieving';

/** A broken scenario (DESIGN.md, content/scenarios): a world with a wrong setting, and its cure. */
export interface Scenario {
  readonly id: string;
  readonly group: ScenarioGroup;
  /** 1: one clear error message names the fault; 2: a log or a setting to read; 3: several clues. */
  readonly difficulty: 1 | 2 | 3;
  readonly title: Localized;
  /** The symptom as the user tells it. */
  readonly symptom: Localized;
  /** The wrong setting, applied to the classroom world. */
  readonly broken: WorldPatch;
  readonly evidence: readonly Evidence[];
  readonly goal: readonly GoalCondition[];
  readonly invariants: readonly Invariant[];
  /** Applied on top of the broken world. */
  readonly repair: Repair;
  readonly alternativeRepairs: readonly Repair[];
  /** Two or three hints, each more precise than the one before. */
  readonly hints: readonly Localized[];
  readonly diagnosis: readonly DiagnosisChoice[];
}
