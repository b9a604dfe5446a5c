/** Props of {@link Switch}. */
export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  name: string;
  disabled?: boolean;
}

/** An on/off control: a native checkbox with the switch role, so keyboards and screen readers get it free. */
export function Switch({ label, checked, onChange, name, disabled }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        name={name}
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
      <span class="switch__label">{label}</span>
    </label>
  );
}
