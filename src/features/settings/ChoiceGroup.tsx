/** A row of big radio buttons: one tap to choose, arrow keys to move, as native radios do. */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend>{props.legend}</legend>
      <div className="choice-group-options">
        {props.options.map((o) => (
          <label key={o.value} className="radio-pill">
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
