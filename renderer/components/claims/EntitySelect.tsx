import { useId } from 'react';
import type { NamedEntity } from '../../../shared/domain/claims';
import { formatCount } from '../../lib/format';

/** A labelled select over payers or providers, with "All" meaning no filter. */
export function EntitySelect(props: { label: string; value: string | undefined; options: NamedEntity[]; onChange(v: string | undefined): void }) {
  const { label, value, options, onChange } = props;
  const id = useId();
  const known = !value || options.some((o) => o.id === value);
  // A label beside the select (not around it): a wrapping label's name would include every option's text.
  return (
    <span className="inline-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">All</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((o) => <option key={o.id} value={o.id}>{o.name} ({formatCount(o.claimCount)})</option>)}
      </select>
    </span>
  );
}
