import { nextTick, ref } from 'vue';
import { formErrorsOf, type FormErrors } from '../api/form-errors';
import type { SessionUser } from '../api/session';
import { useNavigate, useSession } from '../context';

/**
 * The part sign-in and registration share: send, then record the session, tell the page and go
 * to the account; or show the BFF's refusal inline and move focus to the first field it names.
 */
export function useAccountForm(idPrefix: string, send: () => Promise<SessionUser>) {
  const navigate = useNavigate();
  const session = useSession();
  const pending = ref(false);
  const errors = ref<FormErrors>({ fields: {} });

  async function submit() {
    pending.value = true;
    errors.value = { fields: {} };
    try {
      session.signedIn(await send());
      navigate('/account');
    } catch (error) {
      errors.value = formErrorsOf(error);
      const field = Object.keys(errors.value.fields)[0];
      if (field) {
        await nextTick();
        document.getElementById(`${idPrefix}-${field}`)?.focus();
      }
    } finally {
      pending.value = false;
    }
  }

  return { pending, errors, submit };
}
