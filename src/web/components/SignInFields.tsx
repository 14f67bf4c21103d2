import { type FieldLook, TextField } from './Field.js';

/**
 * The email and password of a sign-in form (patients' and staff's), marked up so browsers and
 * password managers fill them.
 */
export function SignInFields(props: {
  look: FieldLook;
  labels: { email: string; password: string };
  email: string;
  password: string;
  onEmail(value: string): void;
  onPassword(value: string): void;
}) {
  return (
    <>
      <TextField
        look={props.look}
        label={props.labels.email}
        type="email"
        autoComplete="username"
        required
        value={props.email}
        onChange={props.onEmail}
      />
      <TextField
        look={props.look}
        label={props.labels.password}
        type="password"
        autoComplete="current-password"
        required
        value={props.password}
        onChange={props.onPassword}
      />
    </>
  );
}
