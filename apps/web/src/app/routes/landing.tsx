import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/lib/use-document-title';

/**
 * / — what WhisperGifts is and how it works. Plain markup and plain links, no router and no data: main.tsx renders it
 * without the rest of the app, so it is the lightest page of all.
 */
export function Component() {
  useDocumentTitle(undefined);
  return (
    <div className="page landing">
      <section className="hero">
        <h1>A wedding gift list from anywhere</h1>
        <p className="lead">
          List the gifts you would love, from any shop or none at all. Share one link. Your guests reserve a gift, so nobody buys the same toaster twice.
        </p>
        <div className="button-row">
          <a className="button button-primary" href={paths.signup()}>
            Create your gift list
          </a>
          <a className="button" href={paths.login()}>
            Log in
          </a>
        </div>
        <p>
          Invited to a wedding? <a href={paths.findCouple()}>Find the couple&apos;s gift list</a>.
        </p>
      </section>

      <section aria-labelledby="couples" className="how">
        <h2 id="couples">For the couple</h2>
        <ol>
          <li>Sign up and name your list: your names, the date, a few welcoming words.</li>
          <li>Add gifts from anywhere, with a price hint and how many you would like. Honeymoon fund? Make it unlimited.</li>
          <li>Share the link or the QR code with your invitation, and watch reservations arrive. Surprise mode keeps the names secret until the day.</li>
        </ol>
      </section>

      <section aria-labelledby="guests" className="how">
        <h2 id="guests">For the guests</h2>
        <ol>
          <li>Open the link from the invitation; no account needed.</li>
          <li>Pick a gift that is still needed and reserve it with your name and e-mail.</li>
          <li>Buy it wherever you like. Changed your mind? The confirmation e-mail has an undo link.</li>
        </ol>
      </section>
    </div>
  );
}
