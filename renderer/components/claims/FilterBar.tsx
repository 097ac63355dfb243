// The claims filter bar: status chips, payer and billing provider, and a "More filters" panel for the rest.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ClaimStatus } from '../../../shared/domain/claims';
import { STATUS_LABELS, STATUSES, STATUS_TONES } from '../../lib/status';
import { useClaims } from '../../store/claims';
import { useFilterOptions } from '../../store/filter-options';
import { EntitySelect } from './EntitySelect';
import { MoreFilters } from './MoreFilters';

export function FilterBar() {
  const filters = useClaims((s) => s.filters);
  const setFilters = useClaims((s) => s.setFilters);
  const replaceFilters = useClaims((s) => s.replaceFilters);
  const { payers, billing, load } = useFilterOptions(useShallow((s) => ({ payers: s.payers, billing: s.billing, load: s.load })));
  const [more, setMore] = useState(false);
  useEffect(() => { void load(); }, [load]);

  const statuses = filters.statuses ?? [];
  const toggleStatus = (s: ClaimStatus) =>
    setFilters({ statuses: statuses.includes(s) ? statuses.filter((x) => x !== s) : [...statuses, s] });
  const extraCount = ['renderingNpi', 'serviceDate', 'submittedDate', 'paidDate', 'chargeMinCents', 'chargeMaxCents', 'flags', 'carc', 'denied']
    .filter((k) => filters[k as keyof typeof filters] !== undefined).length;
  const anyFilter = Object.keys(filters).some((k) => k !== 'search');

  return (
    <div className="filter-bar" role="group" aria-label="Filters">
      <div className="chips" role="group" aria-label="Status">
        {STATUSES.map((s) => (
          <button
            key={s} type="button" aria-pressed={statuses.includes(s)}
            className={`chip tone-${STATUS_TONES[s]}`} onClick={() => toggleStatus(s)}
          >{STATUS_LABELS[s]}</button>
        ))}
      </div>
      <EntitySelect label="Payer" value={filters.payerId} options={payers} onChange={(payerId) => setFilters({ payerId })} />
      <EntitySelect label="Billing provider" value={filters.billingNpi} options={billing} onChange={(billingNpi) => setFilters({ billingNpi })} />
      <button type="button" aria-expanded={more} aria-controls="more-filters" onClick={() => setMore(!more)}>
        More filters{extraCount ? ` (${extraCount})` : ''}
      </button>
      {anyFilter && (
        <button type="button" className="link-button" onClick={() => replaceFilters(filters.search ? { search: filters.search } : {})}>
          Clear filters
        </button>
      )}
      {more && <MoreFilters />}
    </div>
  );
}
