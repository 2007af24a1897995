import { Alert } from '@/components/alert';
import { formErrorsFrom } from '@/lib/form-errors';
import { useForgetGuest } from '../api/forget-guest';
import { ConfirmAction } from './confirm-action';

/** "Forget me": the guest's name, e-mail, address and messages on this list are erased; what they gave stays counted. */
export function ForgetMe({ token, coupleNames, onForgotten }: { token: string; coupleNames: string; onForgotten: () => void }) {
  const forget = useForgetGuest(token);
  return (
    <section className="my-gifts-section" aria-labelledby="forget-me">
      <h2 id="forget-me">Forget me</h2>
      <p>
        We erase your name, e-mail, address and messages on {coupleNames}'s list. Your gifts stay reserved, anonymously, so nobody buys them twice; this page
        and its links stop working.
      </p>
      {forget.isError && <Alert>{formErrorsFrom(forget.error).summary}</Alert>}
      <ConfirmAction
        label="Forget me"
        question="Erase your details from this list? This cannot be undone."
        confirmLabel="Yes, forget me"
        pending={forget.isPending}
        onConfirm={() => forget.mutate(undefined, { onSuccess: onForgotten })}
      />
    </section>
  );
}
