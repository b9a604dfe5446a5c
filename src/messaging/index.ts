/**
 * The extension's message protocol (see `protocol.ts`) and the analysis-report validator.
 * Pure: no browser API is imported here; callers pass `browser.runtime.sendMessage` etc.
 */
export {
  type AcceptedBackgroundRequest,
  acceptBackgroundRequest,
  acceptContentRequest,
  type BackgroundProtocol,
  type BackgroundRequest,
  type ContentProtocol,
  type ContentRequest,
  type EnsureContentRequest,
  type GetReportRequest,
  type GetTabStateRequest,
  isFromOwnContentScript,
  isFromOwnExtensionPage,
  MESSAGE_LIMITS,
  MessageError,
  type PageInfo,
  parseBackgroundRequest,
  parseContentRequest,
  parseOk,
  parseStoredTabState,
  parseTabState,
  type ReanalyzeRequest,
  type ReportMessage,
  requestBackground,
  requestContent,
  type ScrollToClaimRequest,
  type Self,
  type Sender,
  type StoredTabState,
  TAB_STATUSES,
  type TabState,
  type TabStatus,
} from './protocol.ts';
export { parseReport, REPORT_LIMITS, SOURCE_KINDS } from './report-validator.ts';
