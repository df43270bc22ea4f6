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

export function boardPath(slug: string, perspective?: string | null): string {
  return `${boardsRoot}${encodeURIComponent(slug)}${perspective ? `?perspective=${encodeURIComponent(perspective)}` : ''}`;
}

/** A question's page; `perspective` chooses that point of view in its form ("Ask a manager"). */
export function questionPath(slug: string, question: string, perspective?: string | null): string {
  return `${boardPath(slug)}/q/${encodeURIComponent(question)}${perspective ? `?perspective=${encodeURIComponent(perspective)}` : ''}`;
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
export function managePath(answerId: string, action?: 'edit' | 'delete' | 'done'): string {
  return `${answerPath(answerId)}/manage${action ? `/${action}` : ''}`;
}

/** The private link emailed to an author. */
export function privateLinkUrl(baseUrl: string, answerId: string, key: string): string {
  return `${absoluteUrl(baseUrl, managePath(answerId))}#key=${key}`;
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

export function oembedUrl(baseUrl: string, slug: string): string {
  return `${absoluteUrl(baseUrl, '/oembed')}?url=${encodeURIComponent(absoluteUrl(baseUrl, boardPath(slug)))}&format=json`;
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

/** A board's admin pages: `rest` is the page under it, such as '/queue' or '/edit?done=saved'. */
export function adminBoardPath(slug: string, rest = ''): string {
  return `/admin/b/${encodeURIComponent(slug)}${rest}`;
}
