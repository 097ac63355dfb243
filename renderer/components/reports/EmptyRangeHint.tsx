// A report over a range with no claims: says so, and when the office's data lies elsewhere (an older import, the
// demo dataset) offers the twelve months up to its newest service date instead of leaving the page blank.
import { useEffect, useState } from 'react';
import { api } from '../../api';
import { EmptyState } from '../EmptyState';

export function EmptyRangeHint({ from, onRange }: { from: string; onRange(from: string, to: string): void }) {
  const [newest, setNewest] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.listClaims({ filters: {}, sort: { key: 'serviceDate', dir: 'desc' }, limit: 1 })
      .then((page) => { if (live) setNewest(page.rows[0]?.serviceDateFrom ?? null); }, () => undefined);
    return () => { live = false; };
  }, []);
  const older = newest !== null && newest < from;
  return (
    <EmptyState title="No claims in this date range">
      {older ? (
        <>
          The newest service date in your data is {newest}.{' '}
          <button type="button" className="link-button" onClick={() => onRange(yearBefore(newest), newest)}>Show the 12 months up to it</button>
        </>
      ) : 'Widen the range or import more data.'}
    </EmptyState>
  );
}

function yearBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
