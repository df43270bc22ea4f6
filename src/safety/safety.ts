// What the safety checks decide about an answer's text, in one place for the form, the API and the queue.
import { createHash } from 'node:crypto';
import { detectCrisis, type CrisisFinding } from './crisis.ts';
import { findIdentifying, identifyingKinds, type IdentifyingKind, type IdentifyingSpan } from './identifying.ts';

/** Why an answer waits for a moderator even on a post-moderated board. */
export type HoldReason = 'crisis' | 'method' | 'identifying' | 'links' | 'unchecked' | 'repeat';

export const holdReasonLabels: Record<HoldReason, string> = {
  crisis: 'The author may be at risk',
  method: 'Describes a method of self-harm',
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
  identifying: IdentifyingSpan[];
  links: number;
}

export function assessAnswer(body: string): SafetyAssessment {
  const identifying = findIdentifying(body);
  return { crisis: detectCrisis(body), identifying, links: identifying.filter((s) => s.kind === 'url').length };
}

/** The API's and the author's view of the decision: whether it looks like a crisis, and which kinds of detail were found. */
export function safetySummary(assessment: SafetyAssessment): { crisis: boolean; identifying: IdentifyingKind[] } {
  return { crisis: assessment.crisis !== null, identifying: identifyingKinds(assessment.identifying) };
}

/** Why this answer must wait for a moderator, apart from the board's own moderation setting. */
export function holdReasons(assessment: SafetyAssessment, signals: { checked: boolean; repeated: boolean }): HoldReason[] {
  const reasons: HoldReason[] = [];
  if (assessment.crisis) reasons.push(assessment.crisis.kind === 'method' ? 'method' : 'crisis');
  if (assessment.identifying.length > 0) reasons.push('identifying');
  if (assessment.links > linkLimit) reasons.push('links');
  if (!signals.checked) reasons.push('unchecked');
  if (signals.repeated) reasons.push('repeat');
  return reasons;
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
