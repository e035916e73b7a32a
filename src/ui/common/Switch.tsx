import type { ComponentChildren } from 'preact';

/** Props of {@link Switch}. */
export interface SwitchProps {
  /** Whether the switch is on. */
  checked: boolean;
  /** Called with the new state when the user flips it. */
  onChange: (on: boolean) => void;
  /** The visible label: what the switch turns on and off. */
  children: ComponentChildren;
  disabled?: boolean;
  /** Put on the input, so tests and page objects find the control itself. */
  testId?: string;
  /** An id of an element that explains the switch further. */
  describedBy?: string;
}

/**
 * An on/off switch: a real checkbox with role="switch" inside its label, so it is focusable,
 * toggled by Space, announced as a switch with its state, and clickable by its text.
 */
export function Switch({ checked, onChange, children, disabled, testId, describedBy }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        aria-describedby={describedBy}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span>{children}</span>
    </label>
  );
}
