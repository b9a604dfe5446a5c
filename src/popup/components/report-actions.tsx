import { useState } from 'preact/hooks';
import type { Report } from '../../analysis/types.ts';
import type { Translate } from '../i18n.ts';
import { exportFileName, toExportedReport } from '../report-json.ts';
import { reportToMarkdown } from '../report-markdown.ts';

/** Props of {@link ReportActions}. */
export interface ReportActionsProps {
  report: Report;
  url: string;
  site: string | null;
  t: Translate;
  copyText(text: string): Promise<void>;
  download(fileName: string, text: string, mimeType: string): void;
}

/** "Copy report" (Markdown) and "Download JSON" (the command line's shape), with a spoken result. */
export function ReportActions({ report, url, site, t, copyText, download }: ReportActionsProps) {
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await copyText(reportToMarkdown(report, url, t));
      setNote(t('popup_copy_done'));
    } catch {
      setNote(t('popup_copy_failed'));
    }
  };
  const save = () => {
    try {
      download(
        exportFileName(site),
        `${JSON.stringify(toExportedReport(report, url), null, 2)}\n`,
        'application/json',
      );
      setNote(t('popup_download_done'));
    } catch {
      setNote(t('popup_download_failed'));
    }
  };
  return (
    <div class="actions">
      <button type="button" class="button" onClick={() => void copy()}>
        {t('popup_action_copy')}
      </button>
      <button type="button" class="button" onClick={save}>
        {t('popup_action_download')}
      </button>
      <span class="actions__note" role="status">
        {note}
      </span>
    </div>
  );
}
