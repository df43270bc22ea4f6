import type { Generated, Insertable, Selectable } from 'kysely';

// Timestamps are ISO-8601 UTC text on both dialects so rows compare and sort the same everywhere.
// Flags are 0/1 integers for the same reason.

/** An answer erased at its author's request, by id only (migration 018). */
export interface ErasureTable {
  answerId: string;
  action: 'delete' | 'anonymise';
  at: string;
}

export interface BoardTable {
  id: string;
  slug: string;
  title: string;
  intro: string;
  /** The language the board is written in; translated_* hold its texts in the other one (null: not translated). */
  language: Generated<'en' | 'cy'>;
  translatedTitle: Generated<string | null>;
  translatedIntro: Generated<string | null>;
  moderation: 'pre' | 'post';
  accepting: number;
  listed: number;
  revision: Generated<number>;
  createdAt: string;
  updatedAt: string;
  archivedAt: Generated<string | null>;
}

export interface PerspectiveTable {
  id: string;
  boardId: string;
  key: string;
  label: string;
  plural: string | null;
  description: string;
  translatedLabel: Generated<string | null>;
  translatedPlural: Generated<string | null>;
  translatedDescription: Generated<string | null>;
  position: number;
  retiredAt: string | null;
}

export interface QuestionTable {
  id: string;
  boardId: string;
  key: string;
  text: string;
  translatedText: Generated<string | null>;
  position: number;
  retiredAt: string | null;
}

export type AnswerStatus = 'pending' | 'published' | 'rejected' | 'hidden';

/** Where its author allows an answer to be used: on the board (and its embeds), in workshops and handouts only, or by the facilitators only. */
export type AnswerUse = 'board' | 'workshop' | 'facilitators';

export interface AnswerTable {
  id: string;
  boardId: string;
  questionId: string;
  perspectiveId: string;
  body: string;
  displayName: string | null;
  email: string | null;
  status: AnswerStatus;
  isExample: number;
  consentVersion: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  originalBody: Generated<string | null>;
  rejectionReason: Generated<string | null>;
  moderatedAt: Generated<string | null>;
  reportedAt: Generated<string | null>;
  editTokenHash: Generated<string | null>;
  urgentAt: Generated<string | null>;
  heldFor: Generated<string | null>;
  bodyHash: Generated<string | null>;
  helpfulCount: Generated<number>;
  useAllowed: Generated<AnswerUse>;
  /** 'en' or 'cy' as the safety check found it; null: another language, or too short to tell. */
  language: Generated<'en' | 'cy' | null>;
}

export interface ReportTable {
  id: string;
  answerId: string;
  reason: string;
  details: string | null;
  reporterHash: string;
  createdAt: string;
}

export interface AuditLogTable {
  id: string;
  boardId: string;
  facilitatorId: string | null;
  action: string;
  answerId: string | null;
  createdAt: string;
}

export interface SubmissionKeyTable {
  key: string;
  answerId: string;
  requestHash: string;
  createdAt: string;
}

export interface FacilitatorTable {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  createdAt: string;
  passwordChangedAt: string;
}

export interface SessionTable {
  tokenHash: string;
  facilitatorId: string;
  createdAt: string;
  lastSeenAt: string;
}

export interface SignupTokenTable {
  tokenHash: string;
  /** operator: made by setup or the command line, so the new account adopts boards nobody owns yet; invite: joins one board. */
  purpose: 'operator' | 'invite';
  email: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  boardId: Generated<string | null>;
  role: Generated<BoardRole | null>;
}

export type BoardRole = 'owner' | 'moderator';

export interface BoardMemberTable {
  boardId: string;
  facilitatorId: string;
  role: BoardRole;
  createdAt: string;
}

export interface SignInFailureTable {
  keyHash: string;
  windowStart: string;
  failures: number;
}

export interface LiveSessionTable {
  id: string;
  boardId: string;
  code: string;
  /** null: the projector shows the whole table. */
  questionId: string | null;
  paused: Generated<number>;
  showJoin: Generated<number>;
  spotlightAnswerId: string | null;
  startedAt: string;
  updatedAt: string;
  endedAt: string | null;
}

export interface LiveEventTable {
  id: Generated<number>;
  boardId: string;
  kind: string;
  answerId: string | null;
  createdAt: string;
}

export interface HelpfulVoteTable {
  answerId: string;
  voterHash: string;
  createdAt: string;
}

export interface ImportUploadTable {
  id: string;
  boardId: string;
  facilitatorId: string;
  fileName: string;
  content: string;
  createdAt: string;
}

/** A facilitator's choice about one phrase of a question's themes. */
export interface ThemeChoiceTable {
  boardId: string;
  questionId: string;
  /** The phrase's key: lower case, its last word singular. */
  phrase: string;
  choice: 'hidden' | 'merged';
  mergedInto: string | null;
  updatedAt: string;
}

/** Where a question's themes are shown besides the facilitators' page (0/1 flags). */
export interface ThemeSettingTable {
  questionId: string;
  boardId: string;
  showPublic: Generated<number>;
  showHandout: Generated<number>;
  updatedAt: string;
}

export interface HandoutTable {
  boardId: string;
  intro: Generated<string>;
  updatedAt: string;
}

export interface HandoutQuestionTable {
  questionId: string;
  boardId: string;
  note: Generated<string>;
  /** null: the question's picks were never chosen, so the handout starts from the examples and the most helpful. */
  picksSavedAt: string | null;
  updatedAt: string;
}

export interface HandoutPickTable {
  questionId: string;
  answerId: string;
  position: number;
}

/** A generated secret every instance shares (base64); never committed, never logged. */
export interface SecretTable {
  name: string;
  value: string;
  createdAt: string;
}

/** A proof-of-work solution already used, until its challenge expires. */
export interface ProofOfWorkUseTable {
  nonce: string;
  expiresAt: string;
}

/** A rate limit's token bucket for one client (a keyed hash); updatedAt in milliseconds since 1970. */
export interface RateLimitBucketTable {
  bucket: string;
  key: string;
  tokens: number;
  /** 1 when the last take found a token. */
  taken: number;
  updatedAt: number;
}

/** "Answers are waiting" notices gathered for a board, sent once due by whichever instance claims the row. */
export interface PendingNoticeTable {
  boardId: string;
  count: number;
  dueAt: string;
}

/** A job that runs on one instance at a time: whoever moves last_started_at runs it. */
export interface ScheduledJobTable {
  name: string;
  lastStartedAt: string | null;
  lastFinishedAt: string | null;
}

export interface Database {
  boards: BoardTable;
  erasures: ErasureTable;
  perspectives: PerspectiveTable;
  questions: QuestionTable;
  answers: AnswerTable;
  submissionKeys: SubmissionKeyTable;
  facilitators: FacilitatorTable;
  sessions: SessionTable;
  signupTokens: SignupTokenTable;
  boardMembers: BoardMemberTable;
  signInFailures: SignInFailureTable;
  auditLog: AuditLogTable;
  reports: ReportTable;
  liveSessions: LiveSessionTable;
  liveEvents: LiveEventTable;
  helpfulVotes: HelpfulVoteTable;
  importUploads: ImportUploadTable;
  themeChoices: ThemeChoiceTable;
  themeSettings: ThemeSettingTable;
  handouts: HandoutTable;
  handoutQuestions: HandoutQuestionTable;
  handoutPicks: HandoutPickTable;
  scheduledJobs: ScheduledJobTable;
  secrets: SecretTable;
  proofOfWorkUses: ProofOfWorkUseTable;
  rateLimitBuckets: RateLimitBucketTable;
  pendingNotices: PendingNoticeTable;
}

export type Board = Selectable<BoardTable>;
export type Perspective = Selectable<PerspectiveTable>;
export type Question = Selectable<QuestionTable>;
export type Answer = Selectable<AnswerTable>;
export type NewAnswer = Insertable<AnswerTable>;
export type Facilitator = Selectable<FacilitatorTable>;
export type LiveSession = Selectable<LiveSessionTable>;
export type ImportUpload = Selectable<ImportUploadTable>;
