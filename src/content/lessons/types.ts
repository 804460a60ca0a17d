import type { StepQuery } from '../../world/timeline/query';
import type { ShippedWorldId } from '../worlds/shipped';

/**
 * A guided lesson as data (DESIGN.md, content/lessons; CURRICULUM.md, "Guided lessons"). The
 * lesson runner only displays it: every step it points at is a query on the world's timeline,
 * and every right answer is read from that timeline, never typed here.
 */

/**
 * Every text a person reads, in both languages. Protocol text (a command, a header name, a DNS
 * record) goes between backticks, shown as code and never translated. A server reply is never
 * typed here: the text names its code ("250") and the view shows the anchored step.
 */
export interface LocalText {
  fr: string;
  en: string;
}

/** A step of the timeline, named by what it is, never by its number. */
export type Anchor = StepQuery;

/** Shown beside the simulator when the cursor reaches the anchored step. */
export interface NarrativeStep {
  anchor: Anchor;
  text: LocalText;
}

/** A wrong answer and why it is wrong (CURRICULUM.md: every wrong answer is explained). */
export interface Distractor {
  /** The reply code the student may pick ("550", "+OK", "NO"). */
  code: string;
  why: LocalText;
}

/**
 * "What will the server answer?": the cursor stops just before the anchored reply. The right
 * code is the reply's own code at that step; the content lists the wrong ones only.
 */
export interface PredictReplyCheckpoint {
  kind: 'predictReply';
  id: string;
  /** The reply to predict. */
  anchor: Anchor;
  prompt: LocalText;
  distractors: Distractor[];
  /** Why the engine's answer is right, shown once revealed. */
  explanation: LocalText;
}

export interface ChoiceOption {
  text: LocalText;
  correct: boolean;
  /** Why this option is right or wrong. */
  why: LocalText;
}

/** A conceptual question, asked when the cursor reaches `anchor`. */
export interface MultipleChoiceCheckpoint {
  kind: 'multipleChoice';
  id: string;
  anchor: Anchor;
  prompt: LocalText;
  /** Exactly one option is correct. */
  options: ChoiceOption[];
}

/** "Click the transcript line that proves …": the right line is the anchored step. */
export interface SelectLineCheckpoint {
  kind: 'selectLine';
  id: string;
  anchor: Anchor;
  prompt: LocalText;
  /** Why that line is the proof, shown after the answer. */
  explanation: LocalText;
}

/**
 * "Decode this base64": the anchored step is a SASL line (AUTH PLAIN …); the answer is its last
 * word decoded, computed from the engine's text (`src/protocols/encoding/base64.ts`).
 */
export interface DecodeBase64Checkpoint {
  kind: 'decodeBase64';
  id: string;
  anchor: Anchor;
  prompt: LocalText;
  explanation: LocalText;
}

/**
 * "Put the hops in order": the right order is the hosts in order of their first connection in
 * the timeline (`hostsInConnectionOrder`). Asked when the cursor reaches `anchor`.
 */
export interface OrderHopsCheckpoint {
  kind: 'orderHops';
  id: string;
  anchor: Anchor;
  prompt: LocalText;
  explanation: LocalText;
}

export type Checkpoint =
  | PredictReplyCheckpoint
  | MultipleChoiceCheckpoint
  | SelectLineCheckpoint
  | DecodeBase64Checkpoint
  | OrderHopsCheckpoint;

export type CheckpointKind = Checkpoint['kind'];

/**
 * A common claim about mail and the step of a run that disproves it (CURRICULUM.md, lesson 12).
 * The fact is the lesson's words; the proof is the engines' step, found by its anchor.
 */
export interface MythClaim {
  /** kebab-case, unique in its lesson. */
  id: string;
  /** The claim as people say it (shown in quotes). */
  claim: LocalText;
  /** What the run shows instead. */
  fact: LocalText;
  /** The shipped world whose run disproves the claim. */
  world: ShippedWorldId;
  /** The disproving step in that world's timeline. */
  anchor: Anchor;
}

export interface Lesson {
  /** kebab-case, stable: progress is stored under it. */
  id: string;
  /** Position in CURRICULUM.md's list (1–12). */
  number: number;
  world: ShippedWorldId;
  title: LocalText;
  /** About how long the lesson takes in class. */
  minutes: number;
  objectives: LocalText[];
  /** In timeline order, 8–20 of them. */
  narrative: NarrativeStep[];
  /** 3–6 of them. */
  checkpoints: Checkpoint[];
  /** The timeline must reach this step for the lesson to make sense (a test runs the world). */
  goal: { anchor: Anchor; text: LocalText };
  /** 3–5 points. */
  recap: LocalText[];
  /** Claims the run disproves, each with a button to its step (lesson 12). */
  claims?: MythClaim[];
}
