/** A row of big radio pills: one tap to choose, arrow keys to move, as native radios do. */
export function RadioPills<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  hint?: string;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset className="choice-group device-choice" aria-describedby={props.hint ? hintId : undefined}>
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
      {props.hint ? (
        <p id={hintId} className="device-choice-hint">
          {props.hint}
        </p>
      ) : null}
    </fieldset>
  );
}
