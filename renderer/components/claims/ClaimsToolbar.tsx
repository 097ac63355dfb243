// Above the table: search, saved views, columns, bulk actions on the selection (export included), and Export of the
// filtered set.
import { LIST_FORMATS } from '../../lib/export-formats';
import { useClaims } from '../../store/claims';
import { ExportMenu } from '../exports/ExportMenu';
import { ColumnPicker } from './ColumnPicker';
import { SavedViewsMenu } from './SavedViewsMenu';
import { SearchBox } from './SearchBox';

export function ClaimsToolbar() {
  const selected = useClaims((s) => s.selected.size);
  const markSelectedWorked = useClaims((s) => s.markSelectedWorked);
  const clearSelection = useClaims((s) => s.clearSelection);
  const exportClaims = useClaims((s) => s.exportClaims);
  return (
    <div className="toolbar" role="toolbar" aria-label="Claims actions">
      <SearchBox />
      <SavedViewsMenu />
      <ColumnPicker />
      <span className="toolbar-spacer" />
      {selected > 0 && (
        <div className="bulk" role="group" aria-label="Selection">
          <span>{selected} selected</span>
          <button type="button" onClick={() => void markSelectedWorked(true)}>Mark worked</button>
          <button type="button" onClick={() => void markSelectedWorked(false)}>Mark not worked</button>
          <ExportMenu
            label="Export selected"
            hint="Only the selected claims, in the list's order."
            choices={LIST_FORMATS.map((f) => ({ label: f.label, pick: () => void exportClaims(f, true) }))}
          />
          <button type="button" className="link-button" onClick={clearSelection}>Clear</button>
        </div>
      )}
      <ExportMenu
        alignEnd
        hint="Every claim that matches the filters and search, in the list's order."
        choices={LIST_FORMATS.map((f) => ({ label: f.label, pick: () => void exportClaims(f) }))}
      />
    </div>
  );
}
