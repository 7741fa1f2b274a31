/** One labelled select of a GET filter form; the first option means "no filter". */
export function FilterSelect(props: { name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <label className="space-y-1">
      <span className="block font-medium">{props.label}</span>
      <select name={props.name} defaultValue={props.value} className="input">
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
