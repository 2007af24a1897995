import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { SignupForm } from '@/features/accounts/components/signup-form';
import { useDocumentTitle } from '@/lib/use-document-title';
import { safeNext } from './safe-next';

export function Component() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle('Create your account');
  return (
    <div className="page narrow">
      <h1>Create your account</h1>
      <p>One account per person; you can invite your partner to your gift list later.</p>
      <SignupForm onSuccess={() => void navigate(next, { replace: true })} />
      <p>
        Already have an account? <Link to={paths.login(params.get('next') ?? undefined)}>Log in</Link>
      </p>
    </div>
  );
}
