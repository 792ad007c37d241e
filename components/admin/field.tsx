import type { FieldDef, Option } from "@/lib/schemas/fields";

const input = "w-full rounded border border-stone-400 bg-white px-2 py-1 aria-[invalid=true]:border-red-700";

/** One labelled form field with its hint and its error, wired for screen readers. */
export function Field({ field, value, errors, choices }: { field: FieldDef; value: string; errors?: string[]; choices: Record<string, Option[]> }) {
  const id = `f-${field.name}`;
  const describedBy = [field.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  const common = { id, name: field.name, defaultValue: value, "aria-describedby": describedBy, "aria-invalid": errors?.length ? true : undefined, className: input };
  const options = typeof field.options === "string" ? (choices[field.options] ?? []) : (field.options ?? []);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
        {field.optional ? <span className="font-normal text-stone-500"> (optional)</span> : null}
      </label>
      {field.kind === "textarea" || field.kind === "lines" ? (
        <textarea {...common} rows={field.kind === "lines" ? 4 : 3} dir={field.dir} />
      ) : field.kind === "select" ? (
        <select {...common}>
          <option value="">{field.optional ? "— none —" : "— choose —"}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      ) : (
        <input {...common} type={field.kind === "number" ? "text" : field.kind} inputMode={field.kind === "number" ? "decimal" : undefined} dir={field.dir} />
      )}
      {field.hint ? <p id={`${id}-hint`} className="text-xs text-stone-600">{field.hint}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">{errors?.join(" ")}</p>
    </div>
  );
}
