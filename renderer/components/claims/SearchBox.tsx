// Search as you type: full-text over patient, claim numbers, member id and check / EFT numbers. `/` focuses it.
import { useEffect, useState } from 'react';
import { useClaims } from '../../store/claims';

export const SEARCH_INPUT_ID = 'claim-search';
const DEBOUNCE_MS = 120;

export function SearchBox() {
  const search = useClaims((s) => s.filters.search ?? '');
  const setFilters = useClaims((s) => s.setFilters);
  const [text, setText] = useState(search);
  useEffect(() => { setText(search); }, [search]);
  useEffect(() => {
    if (text.trim() === search) return;
    const t = setTimeout(() => setFilters({ search: text.trim() || undefined }), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, search, setFilters]);
  return (
    <div className="search-box" role="search">
      <input
        id={SEARCH_INPUT_ID} type="search" aria-label="Search claims" maxLength={200}
        placeholder="Search patient, claim #, member id, check #   ( / )" value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Escape' && text) { e.stopPropagation(); setText(''); } }}
      />
    </div>
  );
}
