/**
 * A row of big radio pills: one tap to choose, arrow keys to move, as native radios do. Settings and the
 * grown-ups area both use it, with an optional hint under the choices.
 */
export function RadioPills<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  hint?: string;
  className?: string;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset
      className={props.className ? `choice-group ${props.className}` : 'choice-group'}
      aria-describedby={props.hint ? hintId : undefined}
    >
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
        <p id={hintId} className="choice-group-hint">
          {props.hint}
        </p>
      ) : null}
    </fieldset>
  );
}
