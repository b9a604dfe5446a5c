/**
 * The one message protocol of the extension: every request each receiver accepts, its
 * response, and the run-time checks that a message must pass on arrival (shape and
 * sender). Anything that fails a check is dropped. Everything here is pure: it takes the
 * sender and the extension's own id/origin as arguments, so it runs in Node tests too.
 *
 * Receivers:
 * - background: `report` and `analyse` (from a content script, in a tab), `get-tab-state`
 *   and `ensure-content` (from an extension page: popup, options).
 * - content script (via `tabs.sendMessage`): `get-report`, `scroll-to-claim`, `reanalyze`
 *   (from an extension page or the background).
 */
import type { BlockKind, Report } from '../analysis/types.ts';
import { hasOnlyKeys, isBoundedString, isInt, isRecord } from './guards.ts';
import { parseReport, REPORT_LIMITS } from './report-validator.ts';

/** What the content script says about its tab. */
export type TabStatus = 'not-article' | 'analysing' | 'ready' | 'error' | 'off';

/** Every tab status, for run-time checks. */
export const TAB_STATUSES: readonly TabStatus[] = ['not-article', 'analysing', 'ready', 'error', 'off'];

/** Bounds on the small fields of a message. */
export const MESSAGE_LIMITS = Object.freeze({ urlLength: 8_192, titleLength: 2_000, errorLength: 2_000 });

/** The page a status is about. */
export interface PageInfo {
  url: string;
  title: string;
}

/** A tab's state as the content script reports it and the background keeps it. */
export type TabState =
  | { status: 'ready'; report: Report; page: PageInfo }
  | { status: 'error'; error: string; page?: PageInfo }
  | { status: 'not-article' | 'analysing' | 'off'; page?: PageInfo };

// ---------------------------------------------------------------- background

/** content → background: the tab's latest status (with the full report once ready). */
export type ReportMessage = { type: 'report' } & TabState;

/**
 * content → background: analyse the article's blocks (what `analyze` takes), keep the
 * report as the tab's state for the popup, and send it back for drawing. The analysis
 * runs in the background so the page's main thread never does (see content/controller.ts).
 */
export interface AnalyseRequest {
  type: 'analyse';
  blocks: string[];
  bodyStart: number;
  blockKinds: BlockKind[];
  page: PageInfo;
}

/** Every block kind, for run-time checks (mirrors `BlockKind` in the analysis types). */
export const BLOCK_KINDS = [
  'heading',
  'paragraph',
  'list-item',
  'caption',
  'quote',
  'unknown',
] as const satisfies readonly BlockKind[];

/** popup → background: what do you know about this tab? */
export interface GetTabStateRequest {
  type: 'get-tab-state';
  tabId: number;
}

/**
 * popup → background: make sure the tab has a live content script (one opened before the
 * extension was installed or updated has none); injects it if it does not answer.
 */
export interface EnsureContentRequest {
  type: 'ensure-content';
  tabId: number;
}

/** Requests the background accepts, with their responses. */
export interface BackgroundProtocol {
  report: { request: ReportMessage; response: { ok: true } };
  analyse: { request: AnalyseRequest; response: { report: Report } };
  /** The tab's last known state, with when it was stored; null when nothing is known. */
  'get-tab-state': { request: GetTabStateRequest; response: StoredTabState | null };
  'ensure-content': { request: EnsureContentRequest; response: { ok: boolean; injected: boolean } };
}

/** A tab state as kept in `storage.session`. */
export type StoredTabState = TabState & { updatedAt: number };

/** Any request the background accepts. */
export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];

// ---------------------------------------------------------------- content script

/** popup → content: scroll the page to the claim at this index of `Report.claims` and flash it. */
export interface ScrollToClaimRequest {
  type: 'scroll-to-claim';
  claimIndex: number;
}

/** popup → content: analyse the page again (also starts a run in 'click' mode). */
export interface ReanalyzeRequest {
  type: 'reanalyze';
}

/** popup/background → content: the current state, with the report when ready. */
export interface GetReportRequest {
  type: 'get-report';
}

/** Requests the content script accepts, with their responses. */
export interface ContentProtocol {
  'scroll-to-claim': { request: ScrollToClaimRequest; response: { ok: boolean } };
  reanalyze: { request: ReanalyzeRequest; response: { ok: boolean } };
  'get-report': { request: GetReportRequest; response: TabState };
}

/** Any request the content script accepts. */
export type ContentRequest = ContentProtocol[keyof ContentProtocol]['request'];

// ---------------------------------------------------------------- shape checks

/** Where a message came from, as `runtime.onMessage` gives it (structurally). */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
}

/** Who we are: `runtime.id` and the extension's origin (`runtime.getURL('')`). */
export interface Self {
  id: string;
  origin: string;
}

function parsePage(value: unknown): PageInfo | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ['url', 'title'])) return null;
  const { url, title } = value;
  if (!isBoundedString(url, MESSAGE_LIMITS.urlLength) || !isBoundedString(title, MESSAGE_LIMITS.titleLength))
    return null;
  return { url, title };
}

/** Checks a {@link TabState} (the `report`'s payload or a `get-report` response); null if malformed. */
export function parseTabState(value: unknown): TabState | null {
  if (!isRecord(value)) return null;
  return parseStateFields(value, []);
}

function parseStateFields(value: Record<string, unknown>, extra: readonly string[]): TabState | null {
  const status = value.status as TabStatus;
  if (!TAB_STATUSES.includes(status)) return null;
  if (status === 'ready') {
    if (!hasOnlyKeys(value, ['status', 'report', 'page', ...extra])) return null;
    const page = parsePage(value.page);
    const report = parseReport(value.report);
    return page && report ? { status, report, page } : null;
  }
  if (status === 'error') {
    if (!hasOnlyKeys(value, ['status', 'error', ...extra], ['page'])) return null;
    if (!isBoundedString(value.error, MESSAGE_LIMITS.errorLength)) return null;
    if (value.page === undefined) return { status, error: value.error };
    const page = parsePage(value.page);
    return page ? { status, error: value.error, page } : null;
  }
  if (!hasOnlyKeys(value, ['status', ...extra], ['page'])) return null;
  if (value.page === undefined) return { status };
  const page = parsePage(value.page);
  return page ? { status, page } : null;
}

/** Checks a {@link StoredTabState} (a `get-tab-state` response); null if malformed. */
export function parseStoredTabState(value: unknown): StoredTabState | null {
  if (!isRecord(value) || !isInt(value.updatedAt)) return null;
  const state = parseStateFields(value, ['updatedAt']);
  return state ? { ...state, updatedAt: value.updatedAt } : null;
}

/** Checks a request meant for the background; null if it is not one. */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'report': {
      const state = parseStateFields(message, ['type']);
      return state ? { type: 'report', ...state } : null;
    }
    case 'analyse':
      return parseAnalyseRequest(message);
    case 'get-tab-state':
    case 'ensure-content':
      if (!hasOnlyKeys(message, ['type', 'tabId']) || !isInt(message.tabId)) return null;
      return { type: message.type, tabId: message.tabId };
    default:
      return null;
  }
}

/**
 * Checks an `analyse` request: at most `REPORT_LIMITS.blocks` blocks of at most
 * `REPORT_LIMITS.textLength` characters in all (what a report may hold), one known kind
 * per block, and `bodyStart` inside the blocks.
 */
function parseAnalyseRequest(message: Record<string, unknown>): AnalyseRequest | null {
  if (!hasOnlyKeys(message, ['type', 'blocks', 'bodyStart', 'blockKinds', 'page'])) return null;
  const { blocks, bodyStart, blockKinds } = message;
  if (!Array.isArray(blocks) || blocks.length > REPORT_LIMITS.blocks) return null;
  let length = 0;
  for (const block of blocks) {
    if (typeof block !== 'string') return null;
    length += block.length + 1;
    if (length > REPORT_LIMITS.textLength + 1) return null;
  }
  if (!isInt(bodyStart, 0, Math.max(0, blocks.length))) return null;
  if (!Array.isArray(blockKinds) || blockKinds.length !== blocks.length) return null;
  const kinds: readonly string[] = BLOCK_KINDS;
  if (!blockKinds.every((k) => kinds.includes(k as string))) return null;
  const page = parsePage(message.page);
  if (!page) return null;
  return {
    type: 'analyse',
    blocks: blocks as string[],
    bodyStart,
    blockKinds: blockKinds as BlockKind[],
    page,
  };
}

/** Checks a request meant for the content script; null if it is not one. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'scroll-to-claim':
      if (!hasOnlyKeys(message, ['type', 'claimIndex']) || !isInt(message.claimIndex, 0, 1_000_000))
        return null;
      return { type: 'scroll-to-claim', claimIndex: message.claimIndex };
    case 'reanalyze':
    case 'get-report':
      return hasOnlyKeys(message, ['type']) ? { type: message.type } : null;
    default:
      return null;
  }
}

/** The background's answer to `analyse`; null if malformed. */
export function parseAnalyseResponse(value: unknown): { report: Report } | null {
  if (!isRecord(value) || !hasOnlyKeys(value, ['report'])) return null;
  const report = parseReport(value.report);
  return report ? { report } : null;
}

/** A `{ ok }` response (`scroll-to-claim`, `reanalyze`); null if malformed. */
export function parseOk(value: unknown): { ok: boolean } | null {
  return isRecord(value) && typeof value.ok === 'boolean' ? { ok: value.ok } : null;
}

// ---------------------------------------------------------------- sender checks

/** True for a message from our own content script in a tab's top frame. */
export function isFromOwnContentScript(sender: Sender, self: Self): boolean {
  if (sender.id !== self.id) return false;
  if (!isInt(sender.tab?.id)) return false;
  return sender.frameId === undefined || sender.frameId === 0;
}

/** True for a message from one of our own extension pages (popup, options) or the background. */
export function isFromOwnExtensionPage(sender: Sender, self: Self): boolean {
  return (
    sender.id === self.id &&
    typeof sender.url === 'string' &&
    self.origin !== '' &&
    sender.url.startsWith(self.origin)
  );
}

/** A background request that passed both the shape and the sender check, with the sending tab for `report`. */
export type AcceptedBackgroundRequest =
  | { request: ReportMessage | AnalyseRequest; tabId: number }
  | { request: GetTabStateRequest | EnsureContentRequest; tabId?: undefined };

/**
 * The background's gate: a `report` or `analyse` must come from our content script in a
 * tab; the other requests from our extension pages. Returns null for anything else.
 */
export function acceptBackgroundRequest(
  message: unknown,
  sender: Sender,
  self: Self,
): AcceptedBackgroundRequest | null {
  const request = parseBackgroundRequest(message);
  if (!request) return null;
  if (request.type === 'report' || request.type === 'analyse') {
    const tabId = sender.tab?.id;
    return isFromOwnContentScript(sender, self) && tabId !== undefined ? { request, tabId } : null;
  }
  return isFromOwnExtensionPage(sender, self) ? { request } : null;
}

/** The content script's gate: requests only from our extension pages or background. */
export function acceptContentRequest(message: unknown, sender: Sender, self: Self): ContentRequest | null {
  const request = parseContentRequest(message);
  return request && isFromOwnExtensionPage(sender, self) ? request : null;
}

// ---------------------------------------------------------------- typed sending

/** Parses each response kind; used by the typed send helpers. */
const BACKGROUND_RESPONSES: {
  [K in keyof BackgroundProtocol]: (v: unknown) => BackgroundProtocol[K]['response'] | undefined;
} = {
  report: (v) => (isRecord(v) && v.ok === true ? { ok: true } : undefined),
  analyse: (v) => parseAnalyseResponse(v) ?? undefined,
  'get-tab-state': (v) => (v === null ? null : (parseStoredTabState(v) ?? undefined)),
  'ensure-content': (v) =>
    isRecord(v) && typeof v.ok === 'boolean' && typeof v.injected === 'boolean'
      ? { ok: v.ok, injected: v.injected }
      : undefined,
};

const CONTENT_RESPONSES: {
  [K in keyof ContentProtocol]: (v: unknown) => ContentProtocol[K]['response'] | undefined;
} = {
  'scroll-to-claim': (v) => parseOk(v) ?? undefined,
  reanalyze: (v) => parseOk(v) ?? undefined,
  'get-report': (v) => parseTabState(v) ?? undefined,
};

/** Error raised by the send helpers when there is no receiver or the answer is malformed. */
export class MessageError extends Error {
  override name = 'MessageError';
}

/**
 * Sends a request to the background through `send` (pass `browser.runtime.sendMessage`) and
 * checks the response's shape. Rejects with a {@link MessageError} if nobody answers or the
 * answer is malformed.
 */
export async function requestBackground<K extends keyof BackgroundProtocol>(
  send: (message: unknown) => Promise<unknown>,
  request: BackgroundProtocol[K]['request'] & { type: K },
): Promise<BackgroundProtocol[K]['response']> {
  const raw = await sendOrExplain(send, request);
  const parsed = BACKGROUND_RESPONSES[request.type](raw);
  if (parsed === undefined)
    throw new MessageError(`Malformed answer to "${request.type}" from the background`);
  return parsed;
}

/**
 * Sends a request to a tab's content script through `send` (pass
 * `(m) => browser.tabs.sendMessage(tabId, m)`) and checks the response's shape. Rejects
 * with a {@link MessageError} if no content script answers or the answer is malformed.
 */
export async function requestContent<K extends keyof ContentProtocol>(
  send: (message: unknown) => Promise<unknown>,
  request: ContentProtocol[K]['request'] & { type: K },
): Promise<ContentProtocol[K]['response']> {
  const raw = await sendOrExplain(send, request);
  const parsed = CONTENT_RESPONSES[request.type](raw);
  if (parsed === undefined)
    throw new MessageError(`Malformed answer to "${request.type}" from the content script`);
  return parsed;
}

async function sendOrExplain(
  send: (message: unknown) => Promise<unknown>,
  request: { type: string },
): Promise<unknown> {
  try {
    return await send(request);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MessageError(`No answer to "${request.type}": ${reason}`);
  }
}
