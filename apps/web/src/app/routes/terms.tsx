import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

/** /terms — the rules of using WhisperGifts, in plain words. */
export function Component() {
  useDocumentTitle('Terms of use');
  return (
    <div className="page prose">
      <h1>Terms of use</h1>
      <p>These terms are the agreement between you and WhisperGifts when you make a gift list or use one. They are short on purpose.</p>

      <h2 id="what">What WhisperGifts does</h2>
      <ul>
        <li>
          WhisperGifts lets a couple list the gifts they would like and share the list; guests reserve a gift or pledge an amount so nobody gives the same thing
          twice.
        </li>
        <li>
          WhisperGifts never sells, ships or pays for gifts and never holds money. Guests buy gifts where they like and pay money gifts to the couple directly,
          the way the couple&apos;s list explains. Any problem with a shop, a delivery or a payment is between the guest, the couple and that shop or bank.
        </li>
      </ul>

      <h2 id="couples">If you make a list</h2>
      <ul>
        <li>You need to be 18 or older, and the account is yours: keep your password to yourself. Your partner can join the list with their own account.</li>
        <li>
          What you put on your list (names, photos, descriptions, links, payment details) must be yours to share and must not be unlawful, hateful or
          misleading. You can edit or delete it at any time.
        </li>
        <li>
          The Free plan costs nothing. A paid plan is a one-off payment per list, shown before you pay; it unlocks more gifts and features on that list and is
          not a subscription. If a paid feature does not work as described, contact us and we will put it right or refund you.
        </li>
        <li>
          Use the guests&apos; details you receive (names, e-mail and postal addresses) only for your wedding: thanking them, and telling them about the gifts.
        </li>
      </ul>

      <h2 id="guests">If you are a guest</h2>
      <ul>
        <li>No account is needed. Reserve only what you mean to give; the confirmation e-mail has a link to undo it.</li>
        <li>Use your own name and e-mail address: the couple sees them, and the e-mails about your reservation go there.</li>
      </ul>

      <h2 id="fair-use">Fair use</h2>
      <ul>
        <li>
          Do not try to break, overload or scrape the service, or reach lists and data that are not yours. Limits on requests and e-mails protect everyone; the
          documented <a href={paths.apiDocs()}>API</a> is there for scripts and other sites.
        </li>
        <li>We may remove content or close an account that breaks these terms, and will tell the account&apos;s owner why.</li>
      </ul>

      <h2 id="us">Our side</h2>
      <ul>
        <li>
          We look after your data as <Link to={paths.privacy()}>the privacy page</Link> explains, keep the service running as well as we can, and tell you by
          e-mail before these terms change in a way that matters to you.
        </li>
        <li>
          WhisperGifts is provided as it is; as far as the law allows, we are not liable for a gift that was not given, or for losses caused by events outside
          our control. Nothing here limits rights you have by law as a consumer.
        </li>
        <li>
          Questions about these terms: <Link to={paths.contact()}>contact us</Link>.
        </li>
      </ul>
    </div>
  );
}
