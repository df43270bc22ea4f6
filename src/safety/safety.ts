// What the safety checks decide about an answer's text, in one place for the form, the API, the author's link and the queue:
// why it is held, whether it is urgent, whether its author sees the help panel or is asked to check details.
import { createHash } from 'node:crypto';
import { detectCrisis, type CrisisFinding } from './crisis/crisis.ts';
import { findIdentifying, identifyingKinds, type IdentifyingKind, type IdentifyingSpan } from './identifying/identifying.ts';
import { detectLanguage, type LanguageFinding } from './language/language.ts';

/** Why an answer waits for a moderator even on a post-moderated board. */
export type HoldReason = 'crisis' | 'method' | 'language' | 'identifying' | 'links' | 'unchecked' | 'repeat';

export const holdReasonLabels: Record<HoldReason, string> = {
  crisis: 'The author may be at risk',
  method: 'Describes a method of self-harm',
  language: 'Not in English or Welsh, so not checked for risk',
  identifying: 'May identify someone',
  links: 'Many links',
  unchecked: 'No browser check',
  repeat: 'Same text as another answer',
};

/** More links than this in one answer looks like spam: the answer is held, not refused. */
export const linkLimit = 2;

/** Copies of the same text on one board beyond which further copies are not stored at all. */
export const repeatLimit = 3;

export interface SafetyAssessment {
  crisis: CrisisFinding | null;
  /** SG-1a: the crisis check reads English and Welsh only. */
  language: LanguageFinding;
  identifying: IdentifyingSpan[];
  links: number;
}

export function assessAnswer(body: string): SafetyAssessment {
  const identifying = findIdentifying(body);
  return { crisis: detectCrisis(body), language: detectLanguage(body), identifying, links: identifying.filter((s) => s.kind === 'url').length };
}

/** The API's and the author's view of the decision: whether it looks like a crisis, and which kinds of detail were found. */
export function safetySummary(assessment: SafetyAssessment): { crisis: boolean; identifying: IdentifyingKind[] } {
  return { crisis: assessment.crisis !== null, identifying: identifyingKinds(assessment.identifying) };
}

/** Whether the author is shown the identifying details to look at before the answer is kept. Never when it suggests
 * a crisis: someone who may be at risk is not sent back to edit; the answer is kept and help is shown at once. */
export function asksToCheckIdentifying(assessment: SafetyAssessment): boolean {
  return !assessment.crisis && assessment.identifying.length > 0;
}

/** Why this answer must wait for a moderator, apart from the board's own moderation setting. */
export function holdReasons(assessment: SafetyAssessment, signals: { checked: boolean; repeated: boolean }): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (assessment.crisis) reasons.push(assessment.crisis.kind === 'method' ? 'method' : 'crisis');
  // SG-1a: an answer the crisis check cannot read is never published unchecked.
  if (!assessment.language.covered) reasons.push('language');
  if (assessment.identifying.length > 0) reasons.push('identifying');
  if (assessment.links > linkLimit) reasons.push('links');
  if (!signals.checked) reasons.push('unchecked');
  if (signals.repeated) reasons.push('repeat');
  return reasons;
}

/** The author may be at risk, or the answer describes a method: its author is shown where to get help now, and
 * moderators a link to the guidance on responding. */
export function suggestsRisk(held: readonly HoldReason[]): boolean {
  return held.includes('crisis') || held.includes('method');
}

/** Urgent: first in the queue, and every moderator of the board is emailed at once. Only a possible crisis is. */
export function isUrgent(held: readonly HoldReason[]): boolean {
  return held.includes('crisis');
}

/** Hold reasons as answers.held_for stores them: space-separated, null for none. */
export function storeHoldReasons(held: readonly HoldReason[]): string | null {
  return held.length > 0 ? held.join(' ') : null;
}

export function parseHoldReasons(stored: string | null): HoldReason[] {
  if (!stored) return [];
  return stored.split(' ').filter((r): r is HoldReason => r in holdReasonLabels);
}

/** The same words, whatever the case, spacing or punctuation: catches one text pasted again and again. */
export function bodyHash(body: string): string {
  const words = body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return createHash('sha256').update(words).digest('base64url');
}
