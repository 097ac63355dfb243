import { useTheme, type Theme } from '../../store/theme';

const OPTIONS: { value: Theme; label: string }[] = [{ value: 'system', label: 'Match the system' }, { value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }];

export function AppearanceSection() {
  const theme = useTheme((s) => s.theme);
  const setTheme = useTheme((s) => s.setTheme);
  return (
    <section className="card" aria-labelledby="appearance-title">
      <h2 id="appearance-title">Appearance</h2>
      <fieldset className="radio-row">
        <legend className="sr-only">Theme</legend>
        {OPTIONS.map((o) => (
          <label key={o.value} className="check">
            <input type="radio" name="theme" value={o.value} checked={theme === o.value} onChange={() => setTheme(o.value)} /> {o.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
