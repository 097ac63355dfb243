// Report toolbar exports: the report as shown (CSV, XLSX, PDF) and the monthly report pack (PDF or XLSX).
import { useState } from 'react';
import type { Report } from '../../../shared/domain/reports';
import { LIST_FORMATS } from '../../lib/export-formats';
import { useExports } from '../../store/exports';
import { ExportMenu } from '../exports/ExportMenu';
import { Popover } from '../Popover';
import { REPORT_TITLES } from './report-views';

export function ReportExports({ report }: { report: Report | null }) {
  const start = useExports((s) => s.start);
  const exportReport = (r: Report, format: 'csv' | 'xlsx' | 'pdf', label: string, excelFriendly?: boolean) => void start(
    { what: 'report', report: { kind: r.kind, from: r.from, to: r.to }, format, ...(excelFriendly ? { excelFriendly } : {}) },
    `${REPORT_TITLES[r.kind]} ${r.from} to ${r.to} · ${label}`,
  );
  return (
    <>
      {report && (
        <ExportMenu
          hint={`${REPORT_TITLES[report.kind]}, ${report.from} to ${report.to}, as run.`}
          choices={[
            ...LIST_FORMATS.map((f) => ({ label: f.label, pick: () => exportReport(report, f.format, f.short, f.excelFriendly) })),
            { label: 'PDF', pick: () => exportReport(report, 'pdf', 'PDF') },
          ]}
        />
      )}
      <MonthlyPackMenu />
    </>
  );
}

function previousMonth(now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

function MonthlyPackMenu() {
  const start = useExports((s) => s.start);
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(previousMonth);
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const pick = (format: 'pdf' | 'xlsx') => {
    setOpen(false);
    void start({ what: 'reportPack', month, format }, `Monthly report pack ${month} · ${format.toUpperCase()}`);
  };
  return (
    <Popover label="Monthly pack" open={open} onOpenChange={setOpen} className="export-menu">
      <p className="muted small">KPIs, aging, denials, top providers and turnaround for one month, each figure with its definition.</p>
      <label className="inline-field"><span>Month</span><input type="month" value={month} onChange={(e) => setMonth(e.target.value)} /></label>
      <div className="actions">
        <button type="button" className="primary" disabled={!valid} onClick={() => pick('pdf')}>Print PDF</button>
        <button type="button" disabled={!valid} onClick={() => pick('xlsx')}>Excel workbook (XLSX)</button>
      </div>
    </Popover>
  );
}
