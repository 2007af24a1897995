import { paths } from '@/config/paths';
import { PlanCards } from '@/features/plans/components/plan-cards';
import { useDocumentTitle } from '@/lib/use-document-title';

const SCREENSHOT = (format: 'webp' | 'jpg') => `/landing/guest-list-phone-300.${format} 300w, /landing/guest-list-phone-600.${format} 600w`;

/**
 * / — what WhisperGifts is, in one look, and how it works. Plain markup and plain links, no router and no query
 * cache: main.tsx renders it without the rest of the app, so it is the lightest page of all. Its one request is
 * the plans (their prices come from the API's configuration).
 */
export function Component() {
  useDocumentTitle(undefined);
  return (
    <div className="landing">
      <section className="hero">
        <div className="hero-text">
          <h1>A wedding gift list from anywhere</h1>
          <p className="lead">
            List the gifts you would love, from any shop or none at all. Share one link. Your guests reserve a gift, so nobody buys the same toaster twice.
          </p>
          <div className="button-row">
            <a className="button button-primary" href={paths.signup()}>
              Create your gift list
            </a>
            <a className="button" href={paths.giftList(paths.exampleListSlug)}>
              See an example list
            </a>
          </div>
          <p>
            Invited to a wedding? <a href={paths.findCouple()}>Find the couple&apos;s gift list</a>. Have a list? <a href={paths.login()}>Log in</a>.
          </p>
        </div>
        <picture className="hero-phone">
          <source type="image/webp" srcSet={SCREENSHOT('webp')} sizes="(min-width: 56rem) 300px, 60vw" />
          <img
            src="/landing/guest-list-phone-600.jpg"
            srcSet={SCREENSHOT('jpg')}
            sizes="(min-width: 56rem) 300px, 60vw"
            width={600}
            height={1298}
            fetchPriority="high"
            alt="A guest's view of Ana and Ben's gift list on a phone: their names, the date, and gifts with a Reserve button"
          />
        </picture>
      </section>

      <section aria-labelledby="how" className="landing-section">
        <h2 id="how">How it works</h2>
        <ol className="steps">
          <li>
            <h3>List what you would love</h3>
            <p>Your names, the date, a few welcoming words, and gifts from anywhere, each with a price hint and how many you would like.</p>
          </li>
          <li>
            <h3>Share one link</h3>
            <p>By WhatsApp, e-mail or a QR code on the invitation. Guests need no account; the link shows your names and photo when pasted.</p>
          </li>
          <li>
            <h3>Guests reserve, you relax</h3>
            <p>A reserved gift is taken for everyone at once, so nothing arrives twice. Surprise mode keeps who gave what secret until the day.</p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="money" className="landing-section">
        <h2 id="money">Funds and group gifts</h2>
        <div className="feature-pair">
          <div>
            <h3>A honeymoon fund</h3>
            <p>Guests chip in any amount towards the trip, a sofa or the garden. You choose whether they see how far it has come.</p>
          </div>
          <div>
            <h3>One big gift, together</h3>
            <p>A group gift has a price; friends pledge a share until it is covered, and the list shows the progress to everyone.</p>
          </div>
        </div>
        <p className="landing-note">
          WhisperGifts never touches the money: guests pay you directly, by bank transfer (with a QR code for their banking app) or your payment link.
        </p>
      </section>

      <section aria-labelledby="plans" className="landing-section">
        <h2 id="plans">Plans and prices</h2>
        <PlanCards />
      </section>

      <section aria-labelledby="guests" className="landing-section landing-guests">
        <h2 id="guests">For the guests</h2>
        <p>
          Open the link from the invitation, pick a gift that is still needed and reserve it with your name and e-mail. Buy it wherever you like; the
          confirmation e-mail has an undo link. <a href={paths.giftList(paths.exampleListSlug)}>Try it on the example list</a>.
        </p>
      </section>
    </div>
  );
}
