// The less-used filters: rendering provider, date ranges, billed amount range, flags, adjustment reason.
import { useState } from 'react';
import type { ClaimFilters, ClaimFlag, DateRange } from '../../../shared/domain/claims';
import { centsToInput, parseDollars } from '../../lib/money-input';
import { FLAG_LABELS } from '../../lib/status';
import { useClaims } from '../../store/claims';
import { useFilterOptions } from '../../store/filter-options';
import { EntitySelect } from './EntitySelect';

const RANGES: { key: 'serviceDate' | 'submittedDate' | 'paidDate'; label: string }[] = [
  { key: 'serviceDate', label: 'Service date' }, { key: 'submittedDate', label: 'Submitted' }, { key: 'paidDate', label: 'Paid' },
];

export function MoreFilters() {
  const filters = useClaims((s) => s.filters);
  const setFilters = useClaims((s) => s.setFilters);
  const rendering = useFilterOptions((s) => s.rendering);
  const flags = filters.flags ?? [];
  const toggleFlag = (f: ClaimFlag) => setFilters({ flags: flags.includes(f) ? flags.filter((x) => x !== f) : [...flags, f] });
  const setRange = (key: (typeof RANGES)[number]['key'], patch: DateRange) => {
    const next = { ...filters[key], ...patch };
    setFilters({ [key]: next.from || next.to ? next : undefined } as Partial<ClaimFilters>);
  };

  return (
    <div id="more-filters" className="more-filters" role="group" aria-label="More filters">
      <EntitySelect label="Rendering provider" value={filters.renderingNpi} options={rendering} onChange={(renderingNpi) => setFilters({ renderingNpi })} />
      {RANGES.map(({ key, label }) => (
        <fieldset key={key} className="range">
          <legend>{label}</legend>
          <input type="date" aria-label={`${label} from`} value={filters[key]?.from ?? ''} onChange={(e) => setRange(key, { from: e.target.value || undefined })} />
          <span aria-hidden="true">–</span>
          <input type="date" aria-label={`${label} to`} value={filters[key]?.to ?? ''} onChange={(e) => setRange(key, { to: e.target.value || undefined })} />
        </fieldset>
      ))}
      <fieldset className="range">
        <legend>Billed amount</legend>
        <AmountInput label="Billed at least" cents={filters.chargeMinCents} onCommit={(chargeMinCents) => setFilters({ chargeMinCents })} />
        <span aria-hidden="true">–</span>
        <AmountInput label="Billed at most" cents={filters.chargeMaxCents} onCommit={(chargeMaxCents) => setFilters({ chargeMaxCents })} />
      </fieldset>
      <fieldset className="flags">
        <legend>Flags</legend>
        {(Object.keys(FLAG_LABELS) as ClaimFlag[]).map((f) => (
          <label key={f} className="check"><input type="checkbox" checked={flags.includes(f)} onChange={() => toggleFlag(f)} /> {FLAG_LABELS[f]}</label>
        ))}
      </fieldset>
      {filters.denied && (
        <p className="muted">Denied or paid nothing <button type="button" className="link-button" onClick={() => setFilters({ denied: undefined })}>remove</button></p>
      )}
      {filters.carc && (
        <p className="muted">Adjustment reason {filters.carc} <button type="button" className="link-button" onClick={() => setFilters({ carc: undefined })}>remove</button></p>
      )}
    </div>
  );
}

function AmountInput({ label, cents, onCommit }: { label: string; cents: number | undefined; onCommit(c: number | undefined): void }) {
  const [text, setText] = useState(centsToInput(cents));
  const parsed = parseDollars(text);
  const commit = () => { if (parsed !== null && parsed !== cents) onCommit(parsed); };
  return (
    <input
      className="amount-input money" inputMode="decimal" aria-label={label} placeholder="$" value={text}
      aria-invalid={parsed === null} onChange={(e) => setText(e.target.value)} onBlur={commit}
      onKeyDown={(e) => { if (e.key === 'Enter') commit(); }}
    />
  );
}
