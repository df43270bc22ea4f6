// Every address the app builds: links, form actions, redirects, Location headers, emails, oEmbed and the
// embed snippet. Route registrations (`app.get('/b/:slug', …)`) are patterns and stay where they are.

/** An address on this site as another site or an email needs it: BASE_URL and the path. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl}${path}`;
}

// Reading and answering
export const homePath = '/';
export const helpPath = '/help';
/** The start of every board's address (an oEmbed `url` must begin with it). */
export const boardsRoot = '/b/';

/** The order of answers in each cell: oldest first (no `sort`), or most helpful first. */
export type AnswerSort = 'helpful' | null;

/** `?perspective=…&sort=…`, each only when set, so a link that changes one keeps the other. */
function boardQuery(perspective?: string | null, sort?: AnswerSort): string {
  const params = [perspective ? `perspective=${encodeURIComponent(perspective)}` : '', sort ? `sort=${sort}` : ''].filter(Boolean);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** A board's page; `perspective` filters the table to one point of view, `sort` orders each cell. */
export function boardPath(slug: string, perspective?: string | null, sort?: AnswerSort): string {
  return `${boardsRoot}${encodeURIComponent(slug)}${boardQuery(perspective, sort)}`;
}

/** A question's page; `perspective` chooses that point of view in its form ("Ask a manager"), `sort` orders its answers. */
export function questionPath(slug: string, question: string, perspective?: string | null, sort?: AnswerSort): string {
  return `${boardPath(slug)}/q/${encodeURIComponent(question)}${boardQuery(perspective, sort)}`;
}

/** Where the answer form is sent. */
export function submitAnswerPath(slug: string): string {
  return `${boardPath(slug)}/answers`;
}

/** The answer form's identifying check as the person types (answer-form.js). */
export function checkAnswerPath(slug: string): string {
  return `${boardPath(slug)}/check`;
}

/** The board's Atom feed of newly published answers. */
export function feedPath(slug: string): string {
  return `${boardPath(slug)}/feed.atom`;
}

/** The confirmation after sending an answer; the private link's key rides in the #fragment (browsers never send it back). */
export function receivedPath(slug: string, answerId: string, key?: string): string {
  return `${boardPath(slug)}/received/${encodeURIComponent(answerId)}${key ? `#key=${key}` : ''}`;
}

/** Where a reader marks an answer helpful, or takes it back (a form's action; works without JavaScript). */
export function helpfulPath(answerId: string): string {
  return `/a/${encodeURIComponent(answerId)}/helpful`;
}

// Live workshops
/** The projector view of a board's live session. */
export function livePath(slug: string): string {
  return `${boardPath(slug)}/live`;
}

/** The board's Server-Sent Events stream; `view` chooses the markup its answers come in. */
export function eventsPath(slug: string, view: 'page' | 'embed' = 'page'): string {
  return `${boardPath(slug)}/events${view === 'page' ? '' : `?view=${view}`}`;
}

/** The short address people type or scan to join a live session. */
export function joinPath(code: string): string {
  return `/j/${encodeURIComponent(code)}`;
}

/** Where the join page's answer form is sent. */
export function joinAnswersPath(code: string): string {
  return `${joinPath(code)}/answers`;
}

/** The join flow's confirmation; the private link's key rides in the #fragment, as on receivedPath. */
export function joinSentPath(code: string, answerId: string, key?: string): string {
  return `${joinPath(code)}/sent/${encodeURIComponent(answerId)}${key ? `#key=${key}` : ''}`;
}

/** Where a person types a join code (a GET form: `?code=`). */
export const joinFormPath = '/j';

/** The QR code of the board's join address, as SVG; `code` makes a new session's code a new image address, so no browser keeps the old one. */
export function joinQrPath(slug: string, code?: string): string {
  return `${boardPath(slug)}/join.svg${code ? `?code=${encodeURIComponent(code)}` : ''}`;
}

/** The projector's screen alone, as an HTML fragment, for projector.js to fetch afresh. */
export function liveScreenPath(slug: string): string {
  return `${livePath(slug)}?part=screen`;
}

/** An answer's permalink. */
export function answerPath(answerId: string): string {
  return `/a/${encodeURIComponent(answerId)}`;
}

export function reportPath(answerId: string): string {
  return `${answerPath(answerId)}/report`;
}

export function reportedPath(answerId: string): string {
  return `${answerPath(answerId)}/reported`;
}

/** The author's private page for their answer; the key travels in the #fragment, never to the server. */
export function managePath(answerId: string, action?: 'edit' | 'use' | 'delete' | 'done'): string {
  return `${answerPath(answerId)}/manage${action ? `/${action}` : ''}`;
}

// Other sites
export function embedPath(slug: string, perspective?: string | null): string {
  return `/embed/b/${encodeURIComponent(slug)}${perspective ? `?perspective=${encodeURIComponent(perspective)}` : ''}`;
}

/** The compact embed (one question at a time, for hosts that clamp the frame's height, such as WordPress). */
export function compactEmbedPath(slug: string, question?: string | null, perspective?: string | null): string {
  const q = question ? `&q=${encodeURIComponent(question)}` : '';
  const p = perspective ? `&perspective=${encodeURIComponent(perspective)}` : '';
  return `/embed/b/${encodeURIComponent(slug)}?compact=1${q}${p}`;
}

export const embedScriptPath = '/embed.js';

/** Roundtable's step to a Mastodon server the reader names (GET form: works without JavaScript). */
export const shareOnMastodonPath = '/share/mastodon';

/** The picture social sites show with a board's link (Open Graph og:image). */
export function shareImagePath(slug: string): string {
  return `${boardPath(slug)}/share.png`;
}

/** The oEmbed address of a board's page, at its address in the page's language (`/cy/b/…` gives the Welsh embed). */
export function oembedUrl(baseUrl: string, boardPageAddress: string): string {
  return `${absoluteUrl(baseUrl, '/oembed')}?url=${encodeURIComponent(absoluteUrl(baseUrl, boardPageAddress))}&format=json`;
}

// The JSON API
/** The API's reference page, made from its OpenAPI document. */
export const apiReferencePath = '/api/v1';
export const openApiPath = '/api/v1/openapi.json';

export function apiBoardPath(slug: string): string {
  return `/api/v1/boards/${encodeURIComponent(slug)}`;
}

export function apiAnswersPath(slug: string): string {
  return `${apiBoardPath(slug)}/answers`;
}

/** A built asset; the name carries its content hash. */
export function assetPath(file: string): string {
  return `/assets/${file}`;
}

// Facilitators
export const signInPath = '/sign-in';
export const signOutPath = '/sign-out';
export const adminPath = '/admin';
export const accountPath = '/admin/account';
export const changePasswordPath = '/admin/account/password';
export const signOutEverywherePath = '/admin/account/sign-out-everywhere';
export const newBoardPath = '/admin/boards/new';
export const createBoardPath = '/admin/boards';
export const dataRequestsPath = '/admin/data-requests';
export const guidancePath = '/admin/guidance';

/** The sign-in page, coming back to `next` (a path inside the admin area) afterwards. */
export function signInNextPath(next: string): string {
  return `${signInPath}?next=${encodeURIComponent(next)}`;
}

/** A one-time link to create an account or join a board. */
export function setupPath(token: string): string {
  return `/setup/${token}`;
}

/** The facilitator's live console for a board; `rest` is an action under it, such as '/pause', or a query. */
export function consolePath(slug: string, rest = ''): string {
  return adminBoardPath(slug, `/live${rest}`);
}

/** The live console's stream of changes for the board's moderators (new waiting answers among them). */
export function consoleEventsPath(slug: string): string {
  return adminBoardPath(slug, '/live/events');
}

/** Importing answers from a Google Form's CSV: the upload page, or the mapping and preview of one upload. */
export function importPath(slug: string, uploadId?: string | { expired: true }): string {
  if (typeof uploadId === 'string') return adminBoardPath(slug, `/import/${encodeURIComponent(uploadId)}`);
  return adminBoardPath(slug, uploadId ? '/import?expired' : '/import');
}

/** The handout builder; `rest` is a form's action under it, such as '/answers', or a query such as '?done=note&q=q1'. */
export function handoutPath(slug: string, rest = ''): string {
  return adminBoardPath(slug, `/handout${rest}`);
}

/** The handout as it will print (an HTML page), standard or large print. */
export function handoutPrintPath(slug: string, size: 'standard' | 'large' = 'standard'): string {
  return handoutPath(slug, `/print${size === 'large' ? '?size=large' : ''}`);
}

/** The handout as a PDF file, standard or large print. */
export function handoutPdfPath(slug: string, size: 'standard' | 'large' = 'standard'): string {
  return adminBoardPath(slug, `/handout.pdf${size === 'large' ? '?size=large' : ''}`);
}

/** A question's themes for its facilitators (no question: the list of questions); `phrase` lists the answers using it, `done` says what changed. */
export function themesPath(slug: string, question?: string, query: { phrase?: string; done?: string } = {}): string {
  const base = adminBoardPath(slug, question === undefined ? '/themes' : `/themes/${encodeURIComponent(question)}`);
  const params = new URLSearchParams();
  if (query.done) params.set('done', query.done);
  if (query.phrase) params.set('phrase', query.phrase);
  const search = params.toString();
  return `${base}${search ? `?${search}` : ''}${query.phrase ? '#answers' : ''}`;
}

/** Where a question's theme forms are sent: hide, unhide, merge, unmerge a phrase, or where the themes are shown. */
export function themesActionPath(slug: string, question: string, action: 'hide' | 'unhide' | 'merge' | 'unmerge' | 'display'): string {
  return adminBoardPath(slug, `/themes/${encodeURIComponent(question)}/${action}`);
}

/** A board's admin pages: `rest` is the page under it, such as '/queue' or '/edit?done=saved'. */
export function adminBoardPath(slug: string, rest = ''): string {
  return `/admin/b/${encodeURIComponent(slug)}${rest}`;
}
