// A bar chart drawn by Chart.js (canvas). The table beside it carries the same numbers for screen readers;
// clicking a bar drills down like clicking its row.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series { label: string; values: number[]; tone: 'accent' | 'ok' | 'bad' | 'warn' | 'muted'; }

interface BarChartProps {
  title: string;
  labels: string[];
  series: Series[];
  format(value: number): string;
  horizontal?: boolean;
  onPick?(index: number): void;
}

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
const TONE_VARS: Record<Series['tone'], string> = { accent: '--accent', ok: '--ok', bad: '--bad', warn: '--warn', muted: '--neutral' };

export function BarChart({ title, labels, series, format, horizontal, onPick }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!canvas.current) return;
    const text = cssVar('--muted'), grid = cssVar('--border');
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: cssVar(TONE_VARS[s.tone]), borderRadius: 3, maxBarThickness: 28 })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        onClick: (_e, elements) => { const first = elements[0]; if (first) pick.current?.(first.index); },
        plugins: {
          legend: { display: series.length > 1, labels: { color: text, boxWidth: 12 } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${format(Number(ctx.raw))}` } },
        },
        scales: {
          [horizontal ? 'x' : 'y']: { ticks: { color: text, callback: (v: string | number) => format(Number(v)) }, grid: { color: grid } },
          [horizontal ? 'y' : 'x']: { ticks: { color: text, autoSkip: false }, grid: { display: false } },
        },
      },
    });
    return () => chart.destroy();
  }, [labels, series, format, horizontal]);
  return (
    <figure className="chart">
      <div className="chart-box"><canvas ref={canvas} role="img" aria-label={title} /></div>
    </figure>
  );
}
