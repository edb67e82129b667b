import { TextField } from "./field";

/**
 * The new password and its repeat, as every form that sets a password asks for them (first run,
 * invitation, reset, settings): the names the schemas read (password, confirm), autocomplete that
 * lets password managers offer a strong one, and the field errors next to each.
 */
export function NewPasswordFields({
  label,
  hint,
  repeatLabel,
  errors,
}: {
  label: string;
  hint: string;
  repeatLabel: string;
  errors: { password?: string[]; confirm?: string[] };
}) {
  return (
    <>
      <TextField
        id="password"
        label={label}
        type="password"
        autoComplete="new-password"
        hint={hint}
        errors={errors.password}
      />
      <TextField id="confirm" label={repeatLabel} type="password" autoComplete="new-password" errors={errors.confirm} />
    </>
  );
}
