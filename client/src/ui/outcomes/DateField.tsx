/**
 * A labelled date of an outcome form, typed as YYYY-MM-DD (the records' form). A text field, as the
 * contract names it, with the full keyboard: a numeric one on a tablet has no dash.
 */
export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <input
        className="field"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="YYYY-MM-DD"
        pattern="\d{4}-\d{2}-\d{2}"
      />
    </label>
  );
}
