import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ReportKind } from '../../shared/domain/reports';
import { BarChart } from '../components/reports/BarChart';
import { EmptyRangeHint } from '../components/reports/EmptyRangeHint';
import { ReportExports } from '../components/reports/ReportExports';
import { REPORT_TITLES, reportView } from '../components/reports/report-views';
import type { ClaimFilters } from '../../shared/domain/claims';
import { useClaims } from '../store/claims';
import { useNav } from '../store/nav';
import { useReports } from '../store/reports';

export function ReportsPage() {
  const param = useNav((s) => s.param);
  const go = useNav((s) => s.go);
  const { from, to, report, loading, error, setRange, run } = useReports(useShallow((s) => ({
    from: s.from, to: s.to, report: s.report, loading: s.loading, error: s.error, setRange: s.setRange, run: s.run,
  })));
  const kind = ReportKind.safeParse(param).success ? (param as ReportKind) : 'top_providers';
  useEffect(() => { void run(kind); }, [kind, run]);
  const view = useMemo(() => (report && report.kind === kind ? reportView(report) : null), [report, kind]);
  const drill = (filters: ClaimFilters) => { useClaims.getState().replaceFilters(filters); go('claims'); };

  return (
    <section aria-labelledby="reports-title" className="page">
      <h1 id="reports-title">Reports</h1>
      <div className="toolbar" role="toolbar" aria-label="Report options">
        <div className="segmented" role="tablist" aria-label="Report">
          {ReportKind.options.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={k === kind} onClick={() => go('reports', k)}>{REPORT_TITLES[k]}</button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        <label className="inline-field"><span>From</span><input type="date" value={from} onChange={(e) => setRange(e.target.value, to)} /></label>
        <label className="inline-field"><span>To</span><input type="date" value={to} onChange={(e) => setRange(from, e.target.value)} /></label>
        <button type="button" className="primary" onClick={() => void run(kind)}>Run report</button>
      </div>
      <div className="report-actions" role="toolbar" aria-label="Report exports">
        <ReportExports report={report && report.kind === kind ? report : null} />
      </div>
      <div role="tabpanel" aria-label={REPORT_TITLES[kind]}>
        {loading && <p role="status" className="muted">Running {REPORT_TITLES[kind].toLowerCase()}…</p>}
        {error && <p role="alert" className="error-text">{error}</p>}
        {view && view.labels.length === 0 && <EmptyRangeHint from={from} onRange={(f, t) => { setRange(f, t); void run(kind); }} />}
        {view && view.labels.length > 0 && (
          <div className="report">
            <BarChart title={view.chartTitle} labels={view.labels} series={view.series} format={view.format} horizontal={view.horizontal} onPick={(i) => drill(view.drill[i]!)} />
            <table className="data-table" aria-label={REPORT_TITLES[kind]}>
              <thead><tr>{view.columns.map((c) => <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr></thead>
              <tbody>
                {view.labels.map((label, i) => (
                  <tr key={`${label}-${i}`}>
                    {view.columns.map((c) => (
                      <td key={c.label} className={c.numeric ? 'num' : undefined}>
                        {c.drill ? (
                          <button type="button" className="link-button num" aria-label={`Show the ${c.text(i)} claims behind ${label}`} onClick={() => drill(view.drill[i]!)}>
                            {c.text(i)}
                          </button>
                        ) : c.text(i)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
