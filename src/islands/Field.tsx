/** A labelled text field or drop-down, with an optional hint and an error line tied to it for screen readers. */
import type { ComponentChildren } from 'preact';

interface Common {
  id: string;
  label: string;
  /** The control's name in its form (and in the calculator's URL). */
  name?: string;
  hint?: string | undefined;
  /** The message to show; an empty string keeps an empty, hidden line for a script to fill. Leave out for none. */
  error?: string | undefined;
  /** Shown only while this hiring model is chosen (the calculator toggles `hidden`). */
  model?: string | undefined;
  hidden?: boolean;
  wide?: boolean | undefined;
  /** Shown after the control and its error line (the salary's reading and its one-click fix). */
  after?: ComponentChildren;
}

/** The wrapper, label, hint and error around a control. */
function Frame(props: Common & { children: ComponentChildren }) {
  const { id, hint, error } = props;
  return (
    <div class={props.wide ? 'field wide' : 'field'} data-model={props.model} hidden={props.hidden}>
      <label for={id}>{props.label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {props.children}
      {error !== undefined && (
        <p id={`${id}-error`} class="field-error" hidden={!error} aria-live="polite">
          {error}
        </p>
      )}
      {props.after}
    </div>
  );
}

/** The `aria-describedby` and `aria-invalid` of a control with this hint and error. */
const described = ({ id, hint, error }: Common) => ({
  'aria-describedby':
    [hint && `${id}-hint`, error !== undefined && `${id}-error`].filter(Boolean).join(' ') || undefined,
  'aria-invalid': error ? true : undefined,
});

/** One text input, its label, hint and error (read by the calculator island by its `name`). */
export function Field(props: Common & { value: string }) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        name={props.name}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={props.value}
        {...described(props)}
      />
    </Frame>
  );
}

/** One labelled drop-down. */
export function SelectField(
  props: Common & {
    value: string;
    /** Value and label of each option. */
    options: readonly (readonly [string, string])[];
    onChange?: (value: string) => void;
  },
) {
  const { onChange } = props;
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.name}
        value={props.value}
        onChange={onChange && ((e) => onChange(e.currentTarget.value))}
        {...described(props)}
      >
        {props.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Frame>
  );
}
