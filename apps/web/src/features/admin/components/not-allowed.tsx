import { Link } from 'react-router';
import { paths } from '@/config/paths';

/** What a signed-in person who is not an administrator sees at /admin/*: plainly, no admin code loaded. */
export function NotAllowed() {
  return (
    <div className="page">
      <section className="state-panel" aria-labelledby="not-allowed-title">
        <h1 id="not-allowed-title">Not allowed</h1>
        <p>This part of WhisperGifts is for its administrators only, and your account is not one of them.</p>
        <p>
          <Link to={paths.dashboard()}>Back to your gift lists</Link>
        </p>
      </section>
    </div>
  );
}
