import { Link } from 'react-router';
import type { GuestPage } from '@whispergifts/api-client';
import { paths } from '@/config/paths';
import { formatEventDate } from '@/lib/dates';
import { useT } from '@/lib/i18n';
import { ForgetMe } from './forget-me';
import { GuestAddressForm } from './guest-address-form';
import { MyPledge } from './my-pledge';
import { MyReservation } from './my-reservation';

/** "My gifts for Ana & Ben": what this guest reserved and pledged, with what they can still do about each. */
export function MyGifts({ token, page, onForgotten }: { token: string; page: GuestPage; onForgotten: () => void }) {
  const t = useT('guest', 'guest-pages');
  const { registry, guest, reservations, pledges } = page;
  const nothing = reservations.length === 0 && pledges.length === 0;
  return (
    <div className="my-gifts">
      <header className="my-gifts-header">
        <p className="gift-list-couple">{registry.title}</p>
        <h1>{t('guest-pages:my-gifts.heading', { couple: registry.coupleNames })}</h1>
        <p className="my-gifts-who">
          {guest.name ? `${guest.name} · ` : ''}
          {guest.email}
          {registry.eventDate && <> · {t('guest-pages:my-gifts.the-day', { date: formatEventDate(registry.eventDate) })}</>}
        </p>
      </header>
      {nothing ? (
        <section className="my-gifts-section">
          <h2>{t('guest-pages:my-gifts.nothing.title')}</h2>
          <p>{t('guest-pages:my-gifts.nothing.text')}</p>
        </section>
      ) : (
        <>
          {reservations.length > 0 && (
            <section className="my-gifts-section" aria-labelledby="my-reservations">
              <h2 id="my-reservations">{t('guest-pages:my-gifts.reserved-title')}</h2>
              <ul className="my-gifts-list">
                {reservations.map((r) => (
                  <MyReservation key={r.id} token={token} reservation={r} />
                ))}
              </ul>
            </section>
          )}
          {pledges.length > 0 && (
            <section className="my-gifts-section" aria-labelledby="my-pledges">
              <h2 id="my-pledges">{t('guest-pages:my-gifts.pledged-title')}</h2>
              <ul className="my-gifts-list">
                {pledges.map((p) => (
                  <MyPledge key={p.id} token={token} pledge={p} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <GuestAddressForm token={token} address={guest.address} coupleNames={registry.coupleNames} />
      <ForgetMe token={token} coupleNames={registry.coupleNames} onForgotten={onForgotten} />
      <p>
        <Link to={paths.giftList(registry.slug)}>{t('guest:confirmation.back')}</Link>
      </p>
    </div>
  );
}
