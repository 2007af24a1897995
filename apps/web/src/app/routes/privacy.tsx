import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /privacy — what WhisperGifts keeps about couples and guests, who sees it, and for how long (the README says the same). */
export function Component() {
  useDocumentTitle('Privacy: what we keep, and for how long');
  return (
    <div className="page prose">
      <h1>What we keep, and for how long</h1>
      <p>WhisperGifts keeps only what a gift list needs, shows guests’ details to the couple alone, and erases them when the list has done its job.</p>

      <h2 id="guests">If you are a guest</h2>
      <ul>
        <li>
          When you reserve a gift or chip in, we keep your <strong>name</strong>, your <strong>e-mail address</strong>, your <strong>message</strong> to the
          couple and, if you leave one, your <strong>postal address</strong> for their thank-you card. Only the couple sees them; other guests see only that a
          gift is taken.
        </li>
        <li>Your e-mail address is used for the confirmation with its undo link, and for the messages about that reservation or pledge.</li>
        <li>
          <strong>For how long:</strong> your details are erased automatically a while after the wedding: 365 days after it unless the couple chose otherwise
          (at least 30 days, at most ten years). The gift stays on their list, without your name. A list without a wedding date keeps them until the couple
          deletes it. If the couple deletes the list or their account, your details go with it.
        </li>
        <li>You can undo a reservation or pledge with the link in your confirmation e-mail at any time.</li>
        <li>If you ask this browser to remember you, your name and e-mail are kept in this browser only, until you choose “not you?”.</li>
      </ul>

      <h2 id="couples">If you are a couple</h2>
      <ul>
        <li>
          We keep your account (e-mail address, name and a one-way hash of your password), your gift lists with their photos, and what guests reserved and
          pledged, until you delete them.
        </li>
        <li>
          From <Link to={paths.account()}>your account</Link> you can download all of it as one file at any time, and delete your account: the lists you own
          alone go with it, photos included; a list you share with your partner stays theirs.
        </li>
        <li>Sign-in sessions last up to 30 days; every access token expires, at most a year after it was made.</li>
      </ul>

      <h2 id="everyone">For everyone</h2>
      <ul>
        <li>
          The only cookie is a session cookie: it keeps a couple signed in, or remembers that a guest has unlocked a password-protected list. There are no
          advertising or tracking cookies.
        </li>
        <li>WhisperGifts never handles money: guests pay the couple directly, the way the couple’s list explains.</li>
        <li>
          To count e-mails against abuse limits we keep a scrambled form of the address for a day; we keep a record of each e-mail sent (the address and the
          kind of message) so that none is sent twice.
        </li>
      </ul>
    </div>
  );
}
