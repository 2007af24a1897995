import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

const SUPPORT = 'hello@whispergifts.com';
const SECURITY = 'security@whispergifts.com';

/** /contact — who to ask about what: the couple for their list, us for the service. */
export function Component() {
  useDocumentTitle('Contact');
  return (
    <div className="page prose">
      <h1>Contact</h1>
      <p>WhisperGifts is run by a small team; a person reads every message, usually within one working day.</p>

      <h2 id="guests">About a couple&apos;s list</h2>
      <p>
        The gifts, the date and how to pay are the couple&apos;s: ask them. To change or undo your own reservation, use the link in your confirmation e-mail;
        lost it? Open the list and choose “Find my gifts” to have it sent again.
      </p>

      <h2 id="couples">About your account or a payment</h2>
      <p>
        E-mail <a href={`mailto:${SUPPORT}`}>{SUPPORT}</a> from the address of your account, and say which list it is about (its address, like /r/ana-and-ben).
        For your data, you can also download or delete it yourself from <Link to={paths.account()}>your account</Link>.
      </p>

      <h2 id="security">Security</h2>
      <p>
        Found a way to see something you should not? Please tell <a href={`mailto:${SECURITY}`}>{SECURITY}</a> first and give us time to fix it; we will keep
        you posted and credit you if you like.
      </p>

      <h2 id="developers">Developers</h2>
      <p>
        The REST API is documented at <a href={paths.apiDocs()}>/api/docs</a>; make a personal access token from{' '}
        <Link to={paths.accessTokens()}>your dashboard</Link>.
      </p>
    </div>
  );
}
