// Generated from openapi.yaml by `npm run generate -w libs/api-client`. Do not edit.

export interface paths {
  '/api/admin/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log of admin actions (administrators)
     * @description Who did what, when, with the fields before and after; newest first.
     */
    get: operations['AdminAudit_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Daily metrics for a range of days (administrators)
     * @description What was created on each UTC day from `from` to `to` (both included, at most 366 days), as computed by the nightly run. A day that was never computed is absent from `days` rather than reported as zero.
     */
    get: operations['Metrics_series'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/metrics/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Count a day again and e-mail its digest (administrators)
     * @description Queues a run for a finished UTC day: the worker replaces its stored figures and mails the digest to ADMIN_EMAILS.
     */
    post: operations['Metrics_run'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Orders (administrators)
     * @description Plans bought with Stripe, newest first, with their registry and buyer.
     */
    get: operations['Orders_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/orders/{orderId}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Refund an order in full (administrators)
     * @description Asks Stripe to refund a paid order and writes it to the audit log. The plan goes down (and the couple is told) when Stripe confirms the refund with its `charge.refunded` event; until then the order shows `refundRequestedAt`. 503 payments-disabled without Stripe.
     */
    post: operations['Orders_refund'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/registries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find registries (administrators)
     * @description Newest first; `q` matches part of the address, title, couple’s names, custom domain or an owner’s e-mail address, or the whole id.
     */
    get: operations['AdminRegistries_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/registries/{registryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a registry’s plan, suspend it with a reason, or lift the suspension (administrators)
     * @description A suspended list shows guests the reason instead of its gifts and refuses reservations and pledges (403 `registry-suspended`). The registry’s version goes up, as for every change; each change is written to the audit log with the fields before and after.
     */
    patch: operations['AdminRegistries_update'];
    trace?: never;
  };
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find accounts (administrators)
     * @description Newest first; `q` matches part of the e-mail address or name, or the whole id.
     */
    get: operations['AdminUsers_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Verify, disable or enable an account, make or remove an administrator (administrators)
     * @description Effective at the account’s next request. Each change is written to the audit log with the fields before and after.
     */
    patch: operations['AdminUsers_update'];
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in */
    post: operations['Auth_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out */
    post: operations['Auth_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mail a link to choose a new password */
    post: operations['PasswordReset_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choose a new password with the token from the e-mailed link */
    post: operations['PasswordReset_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an account
     * @description Answers the same for a new address and one that has an account already (no session either way): a new account gets a link to verify its address, an existing account’s owner an e-mail that someone tried to sign up with it. Then sign in with POST /api/auth/login.
     */
    post: operations['Auth_signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Verify your e-mail address with the token from the e-mailed link */
    post: operations['EmailVerification_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/verify-email/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** E-mail a new verification link to your address */
    post: operations['EmailVerification_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Relay a browser error report
     * @description The web app's Sentry SDK posts its envelopes here (a tunnel), so they stay on this origin. Only envelopes for the configured project (SENTRY_BROWSER_DSN) are relayed; 404 when error reporting is off.
     */
    post: operations['ErrorTunnel_relay'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness */
    get: operations['Health_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL and Redis answer */
    get: operations['Health_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account */
    get: operations['Auth_me'];
    put?: never;
    post?: never;
    /**
     * Delete your account
     * @description Needs your password (403 `wrong-password` otherwise; a few attempts an hour). Ends every session and revokes every access token; deletes the registries you own alone, with their items, reservations, pledges and photos; leaves the registries you share with your partner to them.
     */
    delete: operations['AccountData_delete'];
    options?: never;
    head?: never;
    /**
     * Change the signed-in account’s settings
     * @description Its language: the dashboard’s and its e-mails’.
     */
    patch: operations['Auth_updateMe'];
    trace?: never;
  };
  '/api/me/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download all your data
     * @description A ZIP, streamed: your account and access tokens, and for every registry you own its settings, owners, invitations, items, reservations, pledges, offline gifts and tracker (JSON, and CSV for the spreadsheet-shaped parts), with the original photos. In surprise mode, before the reveal date, guests are not named, as in the reservations view. A few exports an hour (429 beyond).
     */
    get: operations['AccountData_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your personal access tokens */
    get: operations['AccessTokens_list'];
    put?: never;
    /** Create a personal access token */
    post: operations['AccessTokens_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke a personal access token */
    delete: operations['AccessTokens_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partner-invitations/{token}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a partner invitation */
    post: operations['Registries_acceptPartnerInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/stripe/webhook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stripe events (for Stripe only)
     * @description Where Stripe delivers `checkout.session.completed`, `checkout.session.async_payment_succeeded` and `charge.refunded`. The Stripe-Signature header is verified over the raw body with STRIPE_WEBHOOK_SECRET; an event is handled once by its id.
     */
    post: operations['StripeWebhook_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The plans
     * @description Each plan with its one-off price per registry and its limits, cheapest first.
     */
    get: operations['Plans_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/domains/{host}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The gift list a custom domain shows */
    get: operations['Domains_byHost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/guests/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A guest's reservations and pledges on one list
     * @description The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    get: operations['Guests_page'];
    put?: never;
    post?: never;
    /**
     * Forget me (guest)
     * @description Erases the guest's name, e-mail, address and messages on this list; their reservations and pledges stay, anonymous. The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    delete: operations['Guests_forget'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/guests/{token}/address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Leave, change or remove the address for the thank-you card (guest)
     * @description Only the couple sees it. The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    put: operations['Guests_setAddress'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/guests/{token}/pledges/{pledgeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Undo a pledge (guest)
     * @description The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    delete: operations['Guests_releasePledge'];
    options?: never;
    head?: never;
    /**
     * Mark a pledge sent, or change its amount (guest)
     * @description The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    patch: operations['Guests_updatePledge'];
    trace?: never;
  };
  '/api/public/guests/{token}/reservations/{reservationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Release a reservation (guest)
     * @description The gift is free again. The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    delete: operations['Guests_releaseReservation'];
    options?: never;
    head?: never;
    /**
     * Mark a reservation bought, or change its quantity (guest)
     * @description The token is the one in the e-mailed link (`/my-gifts/{token}`); an expired or unknown one gets 404. One person's data: `private, no-store`.
     */
    patch: operations['Guests_updateReservation'];
    trace?: never;
  };
  '/api/public/pages/domains/{host}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shared page a couple's own domain shows at `/` (HTML with link-preview meta) */
    get: operations['LinkPage_domain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/pages/registries/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The shared page of a gift list (HTML with link-preview meta)
     * @description The web app's index.html with the list's title, description, Open Graph and Twitter tags and canonical link. Unlisted and password lists get a generic page (no names, no photo) marked noindex. An unknown slug is a 404 problem (nginx then serves the plain app with the 404).
     */
    get: operations['LinkPage_registry'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/partner-invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a partner invitation is for (before signing in) */
    get: operations['PartnerInvitationPreviews_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/pledges/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What a pledge undo link is about (guest)
     * @description Read before undoing: the gift, the amount, and whether it is undone already.
     */
    get: operations['Pledges_undoPreview'];
    put?: never;
    post?: never;
    /** Undo a pledge (guest) */
    delete: operations['Pledges_undo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find a couple (guest)
     * @description Public gift lists by the couple's names or the title (typos forgiven), optionally on one date. Unlisted and password-protected lists never appear.
     */
    get: operations['RegistrySearch_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open a gift list (guest) */
    get: operations['GiftList_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Hear of changes to a gift list while it is open (guest)
     * @description A `text/event-stream` (server-sent events). Each `changed` event carries the registry version as its `id` and `{"version": n}` as data (`{"version": null}` when the list is gone or locked for this session; the stream then ends). The first event names the current version unless `Last-Event-ID` already does. On an event, fetch the list again conditionally (If-None-Match): nothing else is sent. Comment lines are heartbeats. Password lists need the session that unlocked them. A stream ended by the server (a restart) says in `retry` when to reconnect.
     */
    get: operations['LiveUpdates_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/guest-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * E-mail a guest the link to their gifts ("find my gifts")
     * @description The same answer whether or not the address reserved or pledged anything on this list; the link is e-mailed only when it did.
     */
    post: operations['Guests_requestLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pledge money to a fund or group gift (guest) */
    post: operations['Pledges_pledge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reserve a gift (guest) */
    post: operations['Reservations_reserve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/registries/{slug}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Unlock a password-protected gift list (guest) */
    post: operations['GiftList_unlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reminders/{token}/bought': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a reserved gift bought (guest, from a reminder) */
    post: operations['Reminders_bought'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reminders/{token}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Release a reserved gift (guest, from a reminder)
     * @description The guest's undo: the gift is free again.
     */
    post: operations['Reminders_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reminders/{token}/unsubscribe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Open the unsubscribe page (a mail client without One-Click follows List-Unsubscribe with a GET)
     * @description A GET changes nothing: it sends the reader on to the web page that asks for a click.
     */
    get: operations['Reminders_unsubscribePage'];
    put?: never;
    /**
     * Stop reminders from this gift list (guest)
     * @description The List-Unsubscribe target (RFC 8058 One-Click): a mail provider POSTs `List-Unsubscribe=One-Click` as a form, the web app's page posts without a body. No more reminders go to the guest's address from this gift list.
     */
    post: operations['Reminders_unsubscribe'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reservations/confirm/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm a held reservation (guest)
     * @description With the token from the link e-mailed to the guest.
     */
    post: operations['Reservations_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/reservations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * What an undo link is about (guest)
     * @description Read before undoing: the gift, how many, and whether it is undone already.
     */
    get: operations['Reservations_undoPreview'];
    put?: never;
    post?: never;
    /** Undo a reservation (guest) */
    delete: operations['Reservations_undo'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/tls/ask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether a host is a verified custom domain (204) or not (404): the on-demand TLS "ask" endpoint */
    get: operations['TlsAsk_ask'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your registries */
    get: operations['Registries_list'];
    put?: never;
    /** Create a registry */
    post: operations['Registries_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one of your registries */
    get: operations['Registries_get'];
    put?: never;
    post?: never;
    /** Delete a registry */
    delete: operations['Registries_remove'];
    options?: never;
    head?: never;
    /** Change a registry */
    patch: operations['Registries_update'];
    trace?: never;
  };
  '/api/registries/{registryId}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Buy a plan for a registry
     * @description Starts a Stripe Checkout (a one-off payment, no subscription) for a plan above the current one and answers its payment page. The plan changes when Stripe confirms the payment, not here; a second request within the hour reuses the same page. 409 for a plan not above the current one; 503 payments-disabled when the installation takes no payments.
     */
    post: operations['Checkout_checkout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/custom-domain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your registry's custom domain and the DNS records it needs */
    get: operations['CustomDomains_get'];
    /**
     * Claim a custom domain (Standard and Premium)
     * @description Answers the TXT record that proves the domain is yours and the CNAME that sends guests here. Nothing routes until a check finds the TXT record; a claim never blocks another couple. Claiming another domain replaces this one.
     */
    put: operations['CustomDomains_claim'];
    post?: never;
    /** Remove the custom domain */
    delete: operations['CustomDomains_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/custom-domain/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check the DNS records now
     * @description Looks up the TXT record. Found with this token: verified, and the domain shows the gift list. Not found (or another token): pending, with the reason in `failure`; a verified domain whose record is gone stops routing.
     */
    post: operations['CustomDomains_verify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/guest-cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your latest guest card renders, newest first */
    get: operations['GuestCards_list'];
    put?: never;
    /**
     * Start rendering printable guest cards (Premium)
     * @description A sheet of cards with your names, the date, a message, the gift list’s address and a QR code to it. Poll the answer’s id until it is ready.
     */
    post: operations['GuestCards_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/guest-cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One guest card render: its status, and the PDF once ready */
    get: operations['GuestCards_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/header-image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload a registry's header image
     * @description A multipart/form-data body with one file field, `file`: a JPEG, PNG, WebP, AVIF or HEIC image of at most UPLOAD_LIMIT_BYTES (10 MB by default) and 50 megapixels. The format is read from the content, not from the file name or type. Replaces the current image; the old files are deleted after the change is saved.
     */
    put: operations['Images_putHeaderImage'];
    post?: never;
    /** Remove a registry's header image */
    delete: operations['Images_removeHeaderImage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the invitations you e-mailed
     * @description Whom the gift list was sent to and when, newest first; a resend is its own entry.
     */
    get: operations['ShareInvitations_list'];
    put?: never;
    /** E-mail the gift list to your guests */
    post: operations['ShareInvitations_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the items of a registry */
    get: operations['Items_list'];
    put?: never;
    /** Add an item */
    post: operations['Items_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the gifts as CSV, in the import format
     * @description Columns (header row, any order and case; only name is required): name, description, url, price min, price max, quantity, kind, target, category, priority. Prices and target in major units of the registry currency with at most its decimals, "49.90" or "49,90"; quantity a whole number or "unlimited" (empty: 1; empty for a fund or group-gift); kind gift, fund or group-gift (empty: gift); target required for a group-gift, optional for a fund; priority high, medium or low. Archived gifts are left out. UTF-8 with a byte order mark; text a spreadsheet would run as a formula is prefixed with an apostrophe (the import removes it again).
     */
    get: operations['ItemImports_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/from-url': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Suggest an item from a shop link
     * @description Reads the product page (JSON-LD, microdata, Open Graph, Twitter cards, meta) and suggests the item's fields; nothing is saved. Private, loopback and link-local addresses and ports other than 80 and 443 are refused (422 `link-refused`); a page that cannot be read (not HTML, too large, too slow, too many redirects, an error status) is 422 `link-unreadable` with a `reason`. Limited per account (429).
     */
    post: operations['ShopLinks_fromUrl'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import gifts from a spreadsheet (CSV or XLSX)
     * @description multipart/form-data with one file field, `file`: CSV (UTF-8; comma, semicolon or tab) or XLSX (the first sheet), at most 2097152 bytes and 500 gifts. Columns (header row, any order and case; only name is required): name, description, url, price min, price max, quantity, kind, target, category, priority. Prices and target in major units of the registry currency with at most its decimals, "49.90" or "49,90"; quantity a whole number or "unlimited" (empty: 1; empty for a fund or group-gift); kind gift, fund or group-gift (empty: gift); target required for a group-gift, optional for a fund; priority high, medium or low. With dryRun (the default) nothing is written: the answer previews each row and lists each row's errors (row number as the spreadsheet shows it, column, code, message). With dryRun=false every row is added in one transaction, or, if any row is invalid, none (422 `import-has-errors` with `rows` and `rowErrors`). A file that cannot be read (not CSV or XLSX, not UTF-8, empty, unknown or missing columns, too many rows) is 415 or 422 `spreadsheet-unreadable`; more gifts than the plan holds is 403 `plan-limit`. Limited per account (429).
     */
    post: operations['ItemImports_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/import-template.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download an import template (CSV)
     * @description The header row and one example of each kind, priced in the registry currency. Columns (header row, any order and case; only name is required): name, description, url, price min, price max, quantity, kind, target, category, priority. Prices and target in major units of the registry currency with at most its decimals, "49.90" or "49,90"; quantity a whole number or "unlimited" (empty: 1; empty for a fund or group-gift); kind gift, fund or group-gift (empty: gift); target required for a group-gift, optional for a fund; priority high, medium or low.
     */
    get: operations['ItemImports_templateCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download an import template (XLSX)
     * @description The same template as an Excel workbook.
     */
    get: operations['ItemImports_templateXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Put the items in a new order */
    put: operations['Items_reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/starter-ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add starter ideas to the gifts
     * @description Adds the chosen ideas at the end of the list in one transaction, as the spreadsheet import commits, in the registry’s language (its list as category; price hints and targets only when the registry is in the ideas’ currency). 403 `plan-limit` when the plan has no room for all of them; nothing is added then.
     */
    post: operations['StarterIdeas_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete an item */
    delete: operations['Items_remove'];
    options?: never;
    head?: never;
    /** Change an item */
    patch: operations['Items_update'];
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Upload an item's image
     * @description A multipart/form-data body with one file field, `file`: a JPEG, PNG, WebP, AVIF or HEIC image of at most UPLOAD_LIMIT_BYTES (10 MB by default) and 50 megapixels. The format is read from the content, not from the file name or type. Replaces the current image; the old files are deleted after the change is saved.
     */
    put: operations['Images_putItemImage'];
    post?: never;
    /** Remove an item's image */
    delete: operations['Images_removeItemImage'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}/image/from-url': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Fetch an item's image from a shop
     * @description Fetches the image at `url` (usually a suggestion's `imageUrl`) through the same guarded client as `items/from-url`, then treats it exactly as an upload: at most UPLOAD_LIMIT_BYTES, the format read from the content, a clean re-encoded copy kept, thumbnails made after. Replaces the current image.
     */
    put: operations['Images_putItemImageFromUrl'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/items/{itemId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Take a reserved gift off the list (the couple)
     * @description Archives the item (hidden from guests) and releases its reservations; each guest is told by e-mail. Delete it for good afterwards if you like.
     */
    post: operations['Reservations_withdrawItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/link-health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The weekly check of the items' shop links
     * @description Dead links (404, 410, a name that does not resolve, a redirect to the shop’s home page) and out-of-stock products, with the date checked.
     */
    get: operations['LinkHealth_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/owners/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change your own settings as an owner of a registry
     * @description How you hear of new reservations and pledges.
     */
    patch: operations['Registries_updateMyOwnership'];
    trace?: never;
  };
  '/api/registries/{registryId}/owners/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove an owner, or leave a registry */
    delete: operations['Registries_removeOwner'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/partner-invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite your partner to co-own a registry */
    post: operations['Registries_invitePartner'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/pledges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a registry's pledges, with totals */
    get: operations['Pledges_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/pledges/{pledgeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Mark a pledge received (the couple)
     * @description Send as If-Match the ETag of the pledges list (or of the registry): a change in between gives 412.
     */
    patch: operations['Pledges_update'];
    trace?: never;
  };
  '/api/registries/{registryId}/reservations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a registry's reservations */
    get: operations['Reservations_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/reservations/{reservationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Release a reservation (the couple)
     * @description The units come back and the guest is told by e-mail.
     */
    delete: operations['Reservations_release'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/tracker': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The gift tracker: every reservation, pledge and gift given outside the list
     * @description Filtered and paginated, newest first, with counts per stage over the whole registry. Guests (addresses included) are shown to the couple only.
     */
    get: operations['Tracker_list'];
    put?: never;
    /**
     * Add a gift given outside the list
     * @description It is received when added; TRACKER_OFFLINE_GIFTS_MAX per registry.
     */
    post: operations['Tracker_addOffline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/tracker.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the tracker as CSV
     * @description Streamed, UTF-8 with a byte order mark. Columns: Gift, Kind, Quantity, Amount (major units of the registry currency), Giver, E-mail, Address, Message, Stage, Reserved/pledged at, Bought at, Received at, Thanked at, Thank-you note. Dates in the registry's time zone; cancelled and lapsed entries included with their stage; guests hidden while surprise mode hides them. Addresses are shown to the couple only. Text a spreadsheet would run as a formula is prefixed with an apostrophe.
     */
    get: operations['TrackerExports_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/tracker.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download the tracker as an Excel workbook (XLSX)
     * @description Streamed. Columns: Gift, Kind, Quantity, Amount (major units of the registry currency), Giver, E-mail, Address, Message, Stage, Reserved/pledged at, Bought at, Received at, Thanked at, Thank-you note. Dates in the registry's time zone; cancelled and lapsed entries included with their stage; guests hidden while surprise mode hides them. Addresses are shown to the couple only. Text a spreadsheet would run as a formula is prefixed with an apostrophe.
     */
    get: operations['TrackerExports_xlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/tracker/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tracker's figures for the dashboard's charts */
    get: operations['Tracker_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/tracker/thanked': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Mark many entries thanked at once
     * @description All or none. Send as If-Match the ETag of the tracker (or of the registry): a change in between (perhaps by your partner) gives 412.
     */
    post: operations['Tracker_thankMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registries/{registryId}/tracker/{entryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a gift given outside the list
     * @description Only those (409 for a guest's reservation or pledge).
     */
    delete: operations['Tracker_removeOffline'];
    options?: never;
    head?: never;
    /**
     * Mark an entry received or thanked, or note the thank-you
     * @description Send as If-Match the ETag of the tracker (or of the registry): a change in between (perhaps by your partner) gives 412.
     */
    patch: operations['Tracker_update'];
    trace?: never;
  };
  '/api/starter-ideas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Starter gift ideas
     * @description Curated lists (Kitchen, Home, Honeymoon, Experiences) of gift ideas to pick from, in the language Accept-Language asks for (else English).
     */
    get: operations['StarterIdeas_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccessTokenDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The last four characters of the token, to tell tokens apart. */
      hint: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      name: string;
      /**
       * @description `read`: GET requests only; `write`: changes too.
       * @enum {string}
       */
      scope: 'read' | 'write';
    };
    AddStarterIdeasDto: {
      /**
       * @description Ids from GET /api/starter-ideas.
       * @example [
       *       "kitchen.stand-mixer",
       *       "honeymoon.fund"
       *     ]
       */
      ideaIds: string[];
    };
    AdminAuditActorDto: {
      /** Format: email */
      email: string;
      /**
       * Format: uuid
       * @description null once the administrator’s account is deleted.
       */
      id: string | null;
    };
    AdminAuditEntryDto: {
      /** @enum {string} */
      action:
        | 'user.verify-email'
        | 'user.disable'
        | 'user.enable'
        | 'user.make-admin'
        | 'user.remove-admin'
        | 'registry.change-plan'
        | 'registry.suspend'
        | 'registry.change-suspension-reason'
        | 'registry.lift-suspension'
        | 'order.refund';
      actor: components['schemas']['AdminAuditActorDto'];
      /** @description The same fields afterwards. */
      after: {
        [key: string]: unknown;
      };
      /** @description The fields the action changed, as they were. */
      before: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      targetId: string;
      /** @enum {string} */
      targetType: 'user' | 'registry';
    };
    AdminAuditListDto: {
      /** @description Newest first. */
      entries: components['schemas']['AdminAuditEntryDto'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    AdminRegistryDto: {
      coupleNames: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      eventDate: string | null;
      /**
       * Format: uri
       * @description Where guests open the gift list.
       */
      guestUrl: string;
      /** Format: uuid */
      id: string;
      /** @description Gifts, funds and group gifts, archived ones included. */
      items: number;
      owners: components['schemas']['AdminRegistryOwnerDto'][];
      /** @enum {string} */
      plan: 'free' | 'standard' | 'premium';
      slug: string;
      /**
       * Format: date-time
       * @description When an administrator suspended the list; null when it is not suspended.
       */
      suspendedAt: string | null;
      /** @description What guests are shown while the list is suspended. */
      suspendedReason: string | null;
      title: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'unlisted' | 'password';
    };
    AdminRegistryListDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Newest first. */
      registries: components['schemas']['AdminRegistryDto'][];
    };
    AdminRegistryOwnerDto: {
      displayName: string;
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
    };
    AdminUserDto: {
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When an administrator disabled the account; null while enabled.
       */
      disabledAt: string | null;
      displayName: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      emailVerifiedAt: string | null;
      /** Format: uuid */
      id: string;
      /** @description Registries this account owns (alone or with a partner). */
      registries: number;
      /** @enum {string} */
      role: 'user' | 'admin';
    };
    AdminUserListDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Newest first. */
      users: components['schemas']['AdminUserDto'][];
    };
    BulkThankedDto: {
      /**
       * @example [
       *       "r-6f1c9a3e-2d4b-4c1a-9e8f-0a1b2c3d4e5f"
       *     ]
       */
      entryIds: string[];
      /** @description Set as the note of every entry; left out, each keeps its own. */
      note?: string;
    };
    CheckoutDto: {
      /**
       * Format: uuid
       * @description The order this checkout settles.
       */
      orderId: string;
      /**
       * @description Stripe Checkout’s payment page: send the browser there.
       * @example https://checkout.stripe.com/c/pay/cs_test_a1b2c3
       */
      url: string;
    };
    CheckoutRequestDto: {
      /**
       * @description The plan to buy; it must be above the registry’s current plan.
       * @example standard
       * @enum {string}
       */
      plan: 'standard' | 'premium';
    };
    ClaimCustomDomainDto: {
      /**
       * @description A host name of yours (not WhisperGifts’ own, not an IP address).
       * @example gifts.ana-and-ben.com
       */
      domain: string;
    };
    CreateAccessTokenDto: {
      /** @description Days until the token stops working (default 90, at most ACCESS_TOKEN_MAX_DAYS, 365 by default). Every token expires. */
      expiresInDays?: number;
      /** @example Wedding website */
      name: string;
      /**
       * @description `read`: GET requests only. `write`: changes too. No token can manage tokens (that needs a signed-in session).
       * @default read
       * @enum {string}
       */
      scope?: 'read' | 'write';
    };
    CreateGuestCardsDto: {
      /**
       * @description The line above the names.
       * @default Our gift list
       */
      heading?: string;
      /**
       * @description A short message under the date.
       * @default
       */
      message?: string;
      /**
       * @example a4
       * @enum {string}
       */
      paper: 'a4' | 'letter';
      /**
       * @description 4 (A6-sized cards) or 8 (business-card-sized) on each sheet.
       * @example 4
       * @enum {number}
       */
      perPage: 4 | 8;
      /**
       * @description The design; by default the gift list's own theme.
       * @enum {string}
       */
      theme?: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
    };
    CreateItemDto: {
      /** @description Money gifts: whether pledges may pass the target. Default: true for a fund, false for a group gift. */
      allowOverfunding?: boolean;
      /** @example Kitchen */
      category?: string | null;
      description?: string;
      /** @description An open-ended fund (no targetAmount): hide from guests how much was given and by how many. Default false. */
      hideTotals?: boolean;
      /**
       * @description `gift`: reserved in units; `group-gift`: guests chip in for one pricey gift (targetAmount required); `fund`: a cash fund. Fixed once guests reserved or pledged.
       * @default gift
       * @enum {string}
       */
      kind?: 'gift' | 'group-gift' | 'fund';
      /** @description Money gifts: the smallest pledge in minor units; null or left out: 5 units of the registry's currency. */
      minContribution?: number | null;
      /** @example A toaster that cooks crumpets */
      name: string;
      /** @description Highest price hint, in minor units; at least priceMin. */
      priceMax?: number | null;
      /** @description Lowest price hint, in minor units of the registry currency. */
      priceMin?: number | null;
      /**
       * @default medium
       * @enum {string}
       */
      priority?: 'high' | 'medium' | 'low';
      /**
       * @description How many are wanted; null means unlimited.
       * @default 1
       */
      quantity?: number | null;
      /** @description Money gifts: up to 4 amounts in minor units offered as buttons, each at least minContribution. */
      suggestedAmounts?: number[];
      /** @description Money gifts: the target in minor units. Required for a group gift (its price); optional for a fund (without one it is open-ended). */
      targetAmount?: number | null;
      /**
       * Format: uri
       * @description Where a guest can buy it, if anywhere in particular.
       * @example https://shop.example/toaster
       */
      url?: string | null;
    };
    CreateOfflineGiftDto: {
      /** @description When it was money: minor units of the registry currency. */
      amount?: number | null;
      /** @example A quilt she made */
      description: string;
      /** @example Grandma Rose */
      giver: string;
      /** @description The couple's own note. */
      note?: string;
    };
    CreatePartnerInvitationDto: {
      /**
       * @description The partner who will co-own the registry; only an account with this verified address can accept.
       * @example ben@example.com
       */
      email: string;
      /**
       * @description Invite again an address invited to this registry in the last days (INVITATION_REPEAT_DAYS, 7 by default); without it, that is a 409 `already-invited`.
       * @default false
       */
      resend?: boolean;
    };
    CreatePledgeDto: {
      /**
       * @description A postal address for the thank-you card, if you like. Only the couple sees it (their tracker and exports); it is never in a public response or a shared cache, and it is erased with your other details. Empty or null: no address.
       * @example 12 Rua das Flores, 1200-195 Lisboa, Portugal
       */
      address?: string | null;
      /**
       * @description Minor units of the registry's currency (5000 = €50.00); at least the item's minContribution, at most its remainingAmount.
       * @example 5000
       */
      amount: number;
      /**
       * @description For the confirmation e-mail, with the undo link.
       * @example may@example.com
       */
      email: string;
      /**
       * Format: uuid
       * @description A `fund` or `group-gift` item.
       */
      itemId: string;
      /** @description A message to the couple. */
      message?: string;
      /**
       * @description Your name, as the couple will see it.
       * @example Aunt May
       */
      name: string;
    };
    CreateRegistryDto: {
      /** @example Ana & Ben */
      coupleNames: string;
      /**
       * @description ISO 4217 code; price hints are in its minor units.
       * @example EUR
       */
      currency: string;
      /**
       * Format: date
       * @example 2027-06-12
       */
      eventDate?: string | null;
      /** @description How guests give money for funds and group gifts. Fields sent replace those stored; null clears all of it. */
      giving?: components['schemas']['GivingInputDto'] | null;
      /**
       * @description How many days after the event date guests’ personal data (names, e-mails, addresses, messages) is kept before it is erased.
       * @default 365
       */
      guestDataRetentionDays?: number;
      /**
       * @description Hold every reservation until the guest confirms it with a link sent by e-mail; unconfirmed ones lapse (RESERVATION_HOLD_MINUTES).
       * @default false
       */
      guestsConfirmByEmail?: boolean;
      /** @description ISO 639-1: the language of the guest page and of the guests’ e-mails. By default the language of the account that creates it. */
      language?: components['schemas']['Language'];
      /** @description Required when visibility is password. */
      password?: string;
      /**
       * @description E-mail guests whose reservation is not marked bought: REMINDER_AFTER_DAYS after reserving and REMINDER_BEFORE_EVENT_DAYS before the event (never after it), with links to mark it bought or release it.
       * @default true
       */
      remindersEnabled?: boolean;
      /**
       * Format: date
       * @description Required while surpriseMode is on (names are hidden until this day). Kept when surprise mode is turned off, for when it is turned on again.
       */
      revealDate?: string | null;
      /**
       * @description The address of the gift list: lowercase letters, digits and hyphens, 3–60 characters.
       * @example ana-and-ben
       */
      slug: string;
      /**
       * @description Hide who reserved what from the couple until the reveal date.
       * @default false
       */
      surpriseMode?: boolean;
      /**
       * @description The guest page’s look. The Free plan may use the first two (classic, garden); the others need Standard or Premium (403 `plan-limit`).
       * @default classic
       * @enum {string}
       */
      theme?: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
      /**
       * @description An IANA time zone name: dates in the tracker exports, its charts and e-mails are shown in it.
       * @default UTC
       * @example Europe/Lisbon
       */
      timeZone?: string;
      /** @example Ana & Ben are getting married */
      title: string;
      /**
       * @description public: anyone with the link; unlisted: same, never listed or indexed; password: guests need the password.
       * @default public
       * @enum {string}
       */
      visibility?: 'public' | 'unlisted' | 'password';
      welcomeMessage?: string;
    };
    CreateReservationDto: {
      /**
       * @description A postal address for the thank-you card, if you like. Only the couple sees it (their tracker and exports); it is never in a public response or a shared cache, and it is erased with your other details. Empty or null: no address.
       * @example 12 Rua das Flores, 1200-195 Lisboa, Portugal
       */
      address?: string | null;
      /**
       * @description For the confirmation e-mail, with the undo link.
       * @example may@example.com
       */
      email: string;
      /** Format: uuid */
      itemId: string;
      /** @description A message to the couple. */
      message?: string;
      /**
       * @description Your name, as the couple will see it.
       * @example Aunt May
       */
      name: string;
      /** @default 1 */
      quantity?: number;
    };
    CreateShareInvitationsDto: {
      /**
       * @description Guests' e-mail addresses; repeats are sent once. Each invalid address is reported with its pointer (`#/emails/3`). Your account may send a limited number of invitations in any 24 hours, across all your registries (SHARE_INVITATIONS_PER_DAY, 200 by default); sending needs a verified e-mail address.
       * @example [
       *       "may@example.com",
       *       "tom@example.com"
       *     ]
       */
      emails: string[];
      /**
       * @description Your words, quoted in every e-mail.
       * @example We would love to see you there!
       */
      message?: string;
      /** @description A password-protected list only: its password, to print in each e-mail so guests can open the list. Only the password's hash is kept on the list, so you type it here; it must be the list's current password (400 `invalid` on `#/password` otherwise, `not-applicable` for a list without one). Left out, the e-mail says the list has a password and that you will tell them. */
      password?: string;
      /**
       * @description Send again to addresses invited to this registry in the last days (INVITATION_REPEAT_DAYS, 7 by default); they still count against the limit.
       * @default false
       */
      resend?: boolean;
    };
    CreatedAccessTokenDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The last four characters of the token, to tell tokens apart. */
      hint: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      name: string;
      /**
       * @description `read`: GET requests only; `write`: changes too.
       * @enum {string}
       */
      scope: 'read' | 'write';
      /** @description The token itself. Shown only once: store it now. Send it as `Authorization: Bearer <token>`. */
      token: string;
    };
    CustomDomainDto: {
      /** Format: date-time */
      checkedAt: string | null;
      /** @example gifts.ana-and-ben.com */
      domain: string | null;
      /**
       * @description Why the last check did not verify it: txt-missing (no TXT record yet), txt-mismatch (a TXT record without this token), dns-error (the DNS did not answer; try again), taken-over (another gift list proved it since).
       * @enum {string|null}
       */
      failure: 'txt-missing' | 'txt-mismatch' | 'dns-error' | 'taken-over' | null;
      /** @description Set both at your DNS provider: the TXT record proves the domain is yours, the CNAME (or A/AAAA) record sends guests here. */
      records: components['schemas']['DnsRecordDto'][];
      /**
       * @description none: no domain; pending: claimed, the TXT record not found yet (guests are not sent there); verified: it shows the gift list.
       * @enum {string}
       */
      status: 'none' | 'pending' | 'verified';
      /** Format: date-time */
      verifiedAt: string | null;
    };
    DailyMetricsDto: {
      /**
       * Format: date-time
       * @description When this day was last computed.
       */
      computedAt: string;
      /**
       * Format: date
       * @description The UTC day counted.
       * @example 2026-01-01
       */
      day: string;
      /**
       * @description Items added that day.
       * @example 80
       */
      items: number;
      /**
       * @description Registries created that day.
       * @example 5
       */
      registries: number;
      /**
       * @description Reservations made that day, including those undone since.
       * @example 31
       */
      reservations: number;
      /**
       * @description Accounts created that day.
       * @example 12
       */
      signups: number;
      /**
       * @description Plans paid for that day (Stripe orders; one refunded later still counts).
       * @example 0
       */
      upgrades: number;
    };
    DeleteAccountDto: {
      /** @description Your password, so that a session left open on a shared computer cannot delete the account. */
      password: string;
    };
    DnsRecordDto: {
      /** @example _whispergifts.gifts.ana-and-ben.com */
      name: string;
      /**
       * @description A and AAAA only when WhisperGifts is reached by an address (CUSTOM_DOMAIN_TARGET).
       * @enum {string}
       */
      type: 'TXT' | 'CNAME' | 'A' | 'AAAA';
      value: string;
    };
    DomainDto: {
      /** @example gifts.ana-and-ben.com */
      host: string;
      /** @description The gift list this domain shows at /. */
      slug: string;
    };
    EmailVerifiedDto: {
      /** Format: email */
      email: string;
      /** Format: date-time */
      emailVerifiedAt: string;
    };
    /**
     * @description What is wrong, for programs (stable; show people your own sentence for it, not `detail`). `required`: missing or empty; `too-short`: shorter than `limit` characters (or entries); `too-long`: longer than `limit` characters (or entries); `too-small`: below `limit`; `too-large`: above `limit`; `not-a-number`: not a whole number; `not-one-of`: not one of the allowed values; `invalid-email`: not an e-mail address mail can be delivered to; `invalid-date`: not a calendar date written YYYY-MM-DD; `invalid-url`: not an http(s) address; `invalid-slug`: not usable as a web address (lowercase letters, digits, single hyphens; some words reserved); `invalid-domain`: not a domain name; `invalid-currency`: not an ISO 4217 currency code; `invalid-iban`: not a valid IBAN; `invalid-bic`: not a valid BIC; `invalid-text`: holds characters that are not text (NUL, unpaired surrogates); `wrong-type`: of the wrong JSON type; `duplicate`: lists an entry twice; `unknown-field`: not a field of this request; `not-applicable`: not used with the other values sent; `taken`: already used by someone else; `reserved`: one of WhisperGifts' own names, or not a public host name; `invalid`: not valid for another reason; see `detail`.
     * @enum {string}
     */
    FieldErrorCode:
      | 'required'
      | 'too-short'
      | 'too-long'
      | 'too-small'
      | 'too-large'
      | 'not-a-number'
      | 'not-one-of'
      | 'invalid-email'
      | 'invalid-date'
      | 'invalid-url'
      | 'invalid-slug'
      | 'invalid-domain'
      | 'invalid-currency'
      | 'invalid-iban'
      | 'invalid-bic'
      | 'invalid-text'
      | 'wrong-type'
      | 'duplicate'
      | 'unknown-field'
      | 'not-applicable'
      | 'taken'
      | 'reserved'
      | 'invalid';
    FieldErrorDto: {
      /**
       * @description What is wrong, for programs (stable; show people your own sentence for it, not `detail`). `required`: missing or empty; `too-short`: shorter than `limit` characters (or entries); `too-long`: longer than `limit` characters (or entries); `too-small`: below `limit`; `too-large`: above `limit`; `not-a-number`: not a whole number; `not-one-of`: not one of the allowed values; `invalid-email`: not an e-mail address mail can be delivered to; `invalid-date`: not a calendar date written YYYY-MM-DD; `invalid-url`: not an http(s) address; `invalid-slug`: not usable as a web address (lowercase letters, digits, single hyphens; some words reserved); `invalid-domain`: not a domain name; `invalid-currency`: not an ISO 4217 currency code; `invalid-iban`: not a valid IBAN; `invalid-bic`: not a valid BIC; `invalid-text`: holds characters that are not text (NUL, unpaired surrogates); `wrong-type`: of the wrong JSON type; `duplicate`: lists an entry twice; `unknown-field`: not a field of this request; `not-applicable`: not used with the other values sent; `taken`: already used by someone else; `reserved`: one of WhisperGifts' own names, or not a public host name; `invalid`: not valid for another reason; see `detail`.
       * @example invalid-email
       */
      code: components['schemas']['FieldErrorCode'];
      /**
       * @description For developers, in English.
       * @example email must be an e-mail address
       */
      detail: string;
      /**
       * @description The bound crossed, with too-short, too-long, too-small and too-large.
       * @example 100
       */
      limit?: number;
      /**
       * @description JSON Pointer to the field.
       * @example #/email
       */
      pointer: string;
    };
    GiftListDto: {
      /** @description Items in the order the couple chose; archived items are left out. */
      items: components['schemas']['GiftListItemDto'][];
      registry: components['schemas']['GiftListRegistryDto'];
      /** @description Present only while an administrator has suspended the list: `items` is then empty, and reservations and pledges are refused (403 `registry-suspended`). */
      suspension?: components['schemas']['GiftListSuspensionDto'];
      /** Format: date-time */
      updatedAt: string;
      /** @description The registry version this list shows. */
      version: number;
    };
    GiftListGivingDto: {
      accountHolder: string | null;
      bic: string | null;
      /** @description Whether a pledge comes with a payment link. */
      hasPaymentLink: boolean;
      /** @description Electronic format (no spaces). */
      iban: string | null;
      instructions: string | null;
    };
    GiftListItemDto: {
      /** @description Whether pledges may pass the target. */
      allowOverfunding: boolean;
      category: string | null;
      description: string;
      /** @description An open-ended fund whose totals guests do not see. */
      hideTotals: boolean;
      /** Format: uuid */
      id: string;
      image: components['schemas']['ImageDto'] | null;
      /**
       * @description `gift`: reserved in units; `group-gift` and `fund`: pledged in money.
       * @enum {string}
       */
      kind: 'gift' | 'group-gift' | 'fund';
      /** @description Smallest pledge in minor units (money gifts; null for a gift). */
      minContribution: number | null;
      name: string;
      /** @description Number of active pledges (givers); null when the couple hides the totals. */
      pledgeCount: number | null;
      /** @description Sum of the active pledges, minor units; null when the couple hides the totals. */
      pledgedAmount: number | null;
      priceMax: number | null;
      priceMin: number | null;
      /** @enum {string} */
      priority: 'high' | 'medium' | 'low';
      /** @description null: unlimited. */
      quantity: number | null;
      /** @description Still wanted; null when unlimited. */
      remaining: number | null;
      /** @description What a pledge may still add, minor units; null when open-ended (no target, or overfunding allowed). */
      remainingAmount: number | null;
      reserved: number;
      /** @description Up to 4 amounts in minor units the page offers as buttons. */
      suggestedAmounts: number[];
      /** @description Minor units. A group gift always has one; a fund without one is open-ended. */
      targetAmount: number | null;
      /** Format: uri */
      url: string | null;
    };
    GiftListRegistryDto: {
      coupleNames: string;
      /** @example EUR */
      currency: string;
      /** Format: date */
      eventDate: string | null;
      /** @description How to give money (funds, group gifts); null when the couple has not set it up. */
      giving: components['schemas']['GiftListGivingDto'] | null;
      headerImage: components['schemas']['ImageDto'] | null;
      /** @description ISO 639-1: the language the couple chose for the guest page; a guest may switch. */
      language: components['schemas']['Language'];
      slug: string;
      /** @enum {string} */
      theme: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
      title: string;
      welcomeMessage: string;
    };
    GiftListSuspensionDto: {
      /** @example This list was reported as a scam and is under review. */
      reason: string;
    };
    GivingDto: {
      accountHolder: string | null;
      bic: string | null;
      /** @description Electronic format (no spaces). */
      iban: string | null;
      instructions: string | null;
      paymentLinkTemplate: string | null;
    };
    GivingInputDto: {
      /**
       * @description As on the account (at most 70 characters, the EPC QR limit).
       * @example Ana Silva & Ben Okafor
       */
      accountHolder?: string | null;
      /** @example COBADEFFXXX */
      bic?: string | null;
      /**
       * @description Spaces allowed; stored without them.
       * @example DE89 3704 0044 0532 0130 00
       */
      iban?: string | null;
      /** @example A transfer to our joint account is perfect. */
      instructions?: string | null;
      /**
       * @description An https address with `{amount}` where the amount goes, in major units (50.00).
       * @example https://paypal.me/anaben/{amount}
       */
      paymentLinkTemplate?: string | null;
    };
    GuestAddressDto: {
      /** @description The postal address for the thank-you card, on every one of your reservations and pledges on this list; empty or null removes it. */
      address: string | null;
    };
    GuestCardsDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      paper: 'a4' | 'letter';
      /** @enum {number} */
      perPage: 4 | 8;
      /** @description A PNG of the page, once ready (when the worker could make one). */
      previewUrl: string | null;
      /** @enum {string} */
      status: 'rendering' | 'ready' | 'failed';
      /** @enum {string} */
      theme: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
      /** @description The print-ready PDF, once ready. Unguessable; share it only with your printer. */
      url: string | null;
    };
    GuestCardsStartedDto: {
      /** Format: uuid */
      id: string;
    };
    GuestLinkAcceptedDto: {
      /** @example If this address has reserved a gift or chipped in on this list, we have e-mailed it a link to your gifts. */
      detail: string;
    };
    GuestLinkRequestDto: {
      /**
       * @description The address you reserved or chipped in with.
       * @example may@example.com
       */
      email: string;
    };
    GuestPageDto: {
      guest: components['schemas']['GuestPageGuestDto'];
      /**
       * Format: date-time
       * @description When this link stops working; ask for a new one on the gift list ("find my gifts").
       */
      linkExpiresAt: string;
      pledges: components['schemas']['GuestPagePledgeDto'][];
      registry: components['schemas']['GuestPageRegistryDto'];
      reservations: components['schemas']['GuestPageReservationDto'][];
    };
    GuestPageGuestDto: {
      /** @description The postal address they left for the thank-you card (only the couple and they see it). */
      address: string | null;
      /** Format: email */
      email: string;
      /** @description The name on their newest reservation or pledge. */
      name: string;
    };
    GuestPagePledgeDto: {
      /** @description Minor units. */
      amount: number;
      /**
       * Format: date-time
       * @description When the guest said the money is on its way.
       */
      boughtAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      /** Format: uuid */
      id: string;
      /** @description The fund or group gift as it is now. */
      item: components['schemas']['GiftListItemDto'];
      /** @description The largest amount this pledge can be changed to; null when open-ended. */
      maxAmount: number | null;
      message: string;
      /** @description The smallest amount this pledge can be changed to, minor units. */
      minAmount: number;
      /** Format: date-time */
      receivedAt: string | null;
      /**
       * @description Write it on the transfer.
       * @example WG-7K3F
       */
      reference: string;
      /**
       * @description Only `pledged` and `received` pledges are listed; a received one can no longer be changed here.
       * @enum {string}
       */
      status: 'pledged' | 'received' | 'cancelled';
    };
    GuestPageRegistryDto: {
      coupleNames: string;
      /** @example EUR */
      currency: string;
      /** Format: date */
      eventDate: string | null;
      slug: string;
      /**
       * @description The list's theme, so the guest's page looks like the list.
       * @enum {string}
       */
      theme: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
      title: string;
    };
    GuestPageReservationDto: {
      /**
       * Format: date-time
       * @description When the guest said they bought it.
       */
      boughtAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description While `held`: confirm with the e-mailed link before then.
       */
      heldUntil: string | null;
      /** Format: uuid */
      id: string;
      /** @description The gift as it is now. */
      item: components['schemas']['GiftListItemDto'];
      /** @description The most units this reservation can be changed to now (what is left, and the per-reservation bound). */
      maxQuantity: number;
      message: string;
      quantity: number;
      /**
       * Format: date-time
       * @description When the couple said it arrived; then it can no longer be changed here.
       */
      receivedAt: string | null;
      /**
       * @description Only `active` and `held` reservations are listed.
       * @enum {string}
       */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    GuestPledgeDto: {
      /** @description Minor units. */
      amount: number;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      guestName: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      /** @example WG-7K3F */
      reference: string;
      /**
       * @description A retried request (same Idempotency-Key) shows whether it was undone or received since.
       * @enum {string}
       */
      status: 'pledged' | 'received' | 'cancelled';
    };
    GuestReservationDto: {
      /** Format: date-time */
      createdAt: string;
      guestName: string;
      /**
       * Format: date-time
       * @description While `held`: when it lapses unless confirmed.
       */
      heldUntil: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      quantity: number;
      /**
       * @description `held`: the guest must confirm with the link e-mailed to them before `heldUntil`, or it lapses (the units stay set aside meanwhile). A retried request (same Idempotency-Key) shows whether it has been confirmed, undone or lapsed since.
       * @enum {string}
       */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    ImageDto: {
      /** @description Height of the image at `url`, in pixels, upright. */
      height: number;
      /** @description Upright, metadata-free copies 160, 480, 800 and 1200 pixels wide (never wider than the original), narrowest first, for `srcset`. Empty for the few seconds until they are made. */
      thumbnails: components['schemas']['ImageThumbnailDto'][];
      /**
       * Format: uri
       * @description One URL to show the image at: the uploaded original until the thumbnails are ready, then the largest JPEG thumbnail (the original keeps the camera metadata, GPS included, so it is not offered once there is an alternative).
       */
      url: string;
      /** @description Width of the image at `url`, in pixels, upright. */
      width: number;
    };
    ImageThumbnailDto: {
      /** @example 360 */
      height: number;
      /**
       * Format: uri
       * @example https://whispergifts.com/media/3f0c9d2e8a7b4c1d9e6f5a4b3c2d1e0f-480.jpg
       */
      jpeg: string;
      /**
       * Format: uri
       * @example https://whispergifts.com/media/3f0c9d2e8a7b4c1d9e6f5a4b3c2d1e0f-480.webp
       */
      webp: string;
      /** @example 480 */
      width: number;
    };
    ImportErrorDto: {
      /**
       * @description A field error code (see FieldErrorCode), stable for programs.
       * @example not-a-number
       */
      code: string;
      /**
       * @example price min
       * @enum {string}
       */
      column: 'name' | 'description' | 'url' | 'price min' | 'price max' | 'quantity' | 'kind' | 'target' | 'category' | 'priority';
      /**
       * @description For people, in English.
       * @example price min must be an amount such as 49.90 or 49,90 (got "abc").
       */
      message: string;
      /** @example 3 */
      row: number;
    };
    ImportRowDto: {
      category: string | null;
      description: string;
      /** @enum {string} */
      kind: 'gift' | 'group-gift' | 'fund';
      name: string;
      priceMax: number | null;
      /** @description Minor units of the registry currency. */
      priceMin: number | null;
      /** @enum {string} */
      priority: 'high' | 'medium' | 'low';
      /** @description null: unlimited (or a money gift, which has no units). */
      quantity: number | null;
      /**
       * @description The row number as the spreadsheet shows it (the header is row 1).
       * @example 2
       */
      row: number;
      /** @description Funds and group gifts: the target in minor units. */
      targetAmount: number | null;
      url: string | null;
      /** @description Whether the row has no errors. */
      valid: boolean;
    };
    ItemDto: {
      /** @description Whether pledges may pass the target. */
      allowOverfunding: boolean;
      archived: boolean;
      category: string | null;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** @description Send as If-Match when changing or deleting the item: a change by someone else in between then gives 412. */
      etag: string;
      /** @description An open-ended fund whose totals guests do not see. */
      hideTotals: boolean;
      /** Format: uuid */
      id: string;
      image: components['schemas']['ImageDto'] | null;
      /**
       * @description `gift`: reserved in units; `group-gift` and `fund`: pledged in money.
       * @enum {string}
       */
      kind: 'gift' | 'group-gift' | 'fund';
      /** @description Smallest pledge in minor units (money gifts; null for a gift). */
      minContribution: number | null;
      name: string;
      /** @description Number of active pledges (givers). */
      pledgeCount: number;
      /** @description Sum of the active pledges, minor units: what was pledged, or for a received pledge what arrived. */
      pledgedAmount: number;
      position: number;
      priceMax: number | null;
      /** @description Minor units of the registry currency. */
      priceMin: number | null;
      /** @enum {string} */
      priority: 'high' | 'medium' | 'low';
      /** @description null: unlimited. */
      quantity: number | null;
      /** @description Still wanted; null when unlimited. */
      remaining: number | null;
      /** @description What a pledge may still add, minor units; null when open-ended (no target, or overfunding allowed). */
      remainingAmount: number | null;
      /** @description Reserved by guests so far. */
      reserved: number;
      /** @description Up to 4 amounts in minor units the page offers as buttons. */
      suggestedAmounts: number[];
      /** @description Minor units. A group gift always has one; a fund without one is open-ended. */
      targetAmount: number | null;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uri */
      url: string | null;
      version: number;
    };
    ItemImportDto: {
      /** @description Items added: 0 on a dry run, every row on a commit. */
      created: number;
      errors: components['schemas']['ImportErrorDto'][];
      rows: components['schemas']['ImportRowDto'][];
    };
    ItemWithdrawnDto: {
      /** @description Reservations released; each guest gets the "released" e-mail. */
      released: number;
    };
    /**
     * @description The dashboard’s and this account’s e-mails’ language; by default the best match of Accept-Language, else en.
     * @enum {string}
     */
    Language: 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'ar';
    LinkHealthDto: {
      /** Format: date-time */
      checkedAt: string;
      /** Format: uuid */
      itemId: string;
      /**
       * @description Why, for a dead or unknown link: http-404, http-410, dns, home-page, timeout, …
       * @example http-404
       */
      reason: string | null;
      /** @description `unknown`: the shop did not answer clearly (a timeout, a 5xx); checked again next week. */
      status: components['schemas']['LinkStatus'];
    };
    /**
     * @description `unknown`: the shop did not answer clearly (a timeout, a 5xx); checked again next week.
     * @enum {string}
     */
    LinkStatus: 'ok' | 'dead' | 'out-of-stock' | 'unknown';
    LivenessDto: {
      /** @example ok */
      status: string;
    };
    LoginDto: {
      /** @example alex@example.com */
      email: string;
      password: string;
    };
    MailAcceptedDto: {
      /** @example If an account uses this address, we have sent it a link to choose a new password. */
      detail: string;
    };
    MetricsRunDto: {
      /** Format: date */
      day: string;
      /** @description The queued job, visible in the queue dashboard at /api/admin/queues. */
      jobId: string;
    };
    MetricsRunRequestDto: {
      /**
       * Format: date
       * @description The UTC day to count again; it must be over (before today).
       * @example 2026-01-01
       */
      day: string;
    };
    MetricsSeriesDto: {
      /** @description One entry per computed day, oldest first. A day that was never computed is absent (not zero). */
      days: components['schemas']['DailyMetricsDto'][];
      /** Format: date */
      from: string;
      /** Format: date */
      to: string;
    };
    OrderDto: {
      /**
       * @description Minor units of `currency`.
       * @example 4900
       */
      amount: number;
      /**
       * @description Who started the checkout; null once their account is deleted.
       * @example ana@example.com
       */
      buyerEmail: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      paidAt: string | null;
      /** @enum {string} */
      plan: 'standard' | 'premium';
      /**
       * @description The plan the registry had when the order was made.
       * @enum {string}
       */
      previousPlan: 'free' | 'standard' | 'premium';
      /**
       * Format: date-time
       * @description When an administrator asked Stripe to refund it.
       */
      refundRequestedAt: string | null;
      /** Format: date-time */
      refundedAt: string | null;
      /**
       * Format: uuid
       * @description Null once the registry is deleted (the order stays, a record of money).
       */
      registryId: string | null;
      /** @example ana-and-ben */
      registrySlug: string | null;
      /** @example Ana and Ben */
      registryTitle: string | null;
      /**
       * @description pending until Stripe confirms the payment; refunded after a full refund.
       * @enum {string}
       */
      status: 'pending' | 'paid' | 'refunded';
    };
    OrdersPageDto: {
      /** @description Newest first. */
      orders: components['schemas']['OrderDto'][];
      /** @description Whether this installation takes payments (STRIPE_SECRET_KEY set), so refunds can be made. */
      paymentsEnabled: boolean;
      /** @description Orders matching the filter, all pages. */
      total: number;
    };
    OwnerPledgeDto: {
      /** @description Minor units. */
      amount: number;
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      guest: components['schemas']['ReservationGuestDto'] | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      itemName: string;
      /** @description What arrived, minor units; set when marked received. */
      receivedAmount: number | null;
      /** Format: date-time */
      receivedAt: string | null;
      /**
       * @description The reference on the transfer.
       * @example WG-7K3F
       */
      reference: string;
      /** @enum {string} */
      status: 'pledged' | 'received' | 'cancelled';
    };
    OwnerPledgesDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Newest first. */
      pledges: components['schemas']['OwnerPledgeDto'][];
      /** Format: date */
      revealDate: string | null;
      /** @description True while surprise mode hides who pledged. */
      surpriseHidden: boolean;
      /** @description Over the whole registry, whatever the page or filter. */
      totals: components['schemas']['PledgeTotalsDto'];
    };
    OwnerReservationDto: {
      /** Format: date-time */
      cancelledAt: string | null;
      /** Format: date-time */
      createdAt: string;
      guest: components['schemas']['ReservationGuestDto'] | null;
      /**
       * Format: date-time
       * @description While `held`: when it lapses unless the guest confirms.
       */
      heldUntil: string | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      itemId: string;
      itemName: string;
      quantity: number;
      /** @enum {string} */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    OwnerReservationsDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Newest first. */
      reservations: components['schemas']['OwnerReservationDto'][];
      /** Format: date */
      revealDate: string | null;
      /** @description True while surprise mode hides who reserved what. */
      surpriseHidden: boolean;
    };
    PartnerInvitationDto: {
      /**
       * Format: uri
       * @description The link the partner opens to accept. Shown once; it is also e-mailed to the partner.
       */
      acceptUrl: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
    };
    PartnerInvitationPreviewDto: {
      /** @example Ana & Ben */
      coupleNames: string;
      /**
       * Format: email
       * @description The invited address, to pre-fill sign-up and sign-in: only an account with this verified address can accept. The link was e-mailed to it.
       */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /**
       * @description The display name of the owner who sent the invitation.
       * @example Ben
       */
      invitedBy: string;
      /** @example Ana & Ben are getting married */
      registryTitle: string;
    };
    PasswordResetConfirmDto: {
      password: string;
      /** @description The token from the link in the e-mail (`/reset-password/<token>`). */
      token: string;
    };
    PasswordResetRequestDto: {
      /** @example alex@example.com */
      email: string;
    };
    PaymentDto: {
      /** @description Account holder, for a manual transfer. */
      accountHolder: string | null;
      bic: string | null;
      /** @description The EPC QR code (SEPA credit transfer, EPC069-12) payload to render as a QR code; null unless the registry is in EUR and has an IBAN. */
      epcPayload: string | null;
      /** @description IBAN in electronic format, for a manual transfer. */
      iban: string | null;
      /** @description The couple's own instructions, if any. */
      instructions: string | null;
      /**
       * Format: uri
       * @description The couple's payment link with the amount filled in; null without a template.
       */
      link: string | null;
      /**
       * @description Write it on the transfer, so the couple can match it to this pledge.
       * @example WG-7K3F
       */
      reference: string;
    };
    PlanDto: {
      /** @example EUR */
      currency: string;
      id: components['schemas']['PlanId'];
      limits: components['schemas']['PlanLimitsDto'];
      /** @example Standard */
      name: string;
      /**
       * @description One-off price per registry, in minor units; 0 for Free.
       * @example 4900
       */
      price: number;
    };
    /** @enum {string} */
    PlanId: 'free' | 'standard' | 'premium';
    PlanLimitsDto: {
      customDomain: boolean;
      guestCards: boolean;
      /**
       * @description Gifts on one list; null: no plan limit (the technical cap stays).
       * @example 40
       */
      items: number | null;
      /**
       * @description How many themes may be used (the first ones listed); null: every theme.
       * @example 2
       */
      themes: number | null;
    };
    PlansDto: {
      /** @description The plan a new registry starts on. */
      defaultPlan: components['schemas']['PlanId'];
      /** @description Whether plans can be bought here (Stripe is set up); if not, an administrator changes plans. */
      paymentsEnabled: boolean;
      /** @description Cheapest first. */
      plans: components['schemas']['PlanDto'][];
    };
    PledgeCreatedDto: {
      /** @description The item as it is now, with this pledge counted. */
      item: components['schemas']['GiftListItemDto'];
      payment: components['schemas']['PaymentDto'];
      pledge: components['schemas']['GuestPledgeDto'];
      /** @description Keep it: it is the only way to undo this pledge. Also sent by e-mail. */
      undoToken: string;
      /** Format: uri */
      undoUrl: string;
    };
    PledgeItemTotalDto: {
      /** @description Active pledges. */
      count: number;
      /** Format: uuid */
      itemId: string;
      /** @description Sum of active pledges, minor units: what was pledged, or for a received pledge what arrived. */
      pledgedAmount: number;
      /** @description Sum of the amounts marked received, minor units. */
      receivedAmount: number;
    };
    PledgeTotalsDto: {
      count: number;
      /** @description One row per item with active pledges. */
      items: components['schemas']['PledgeItemTotalDto'][];
      pledgedAmount: number;
      receivedAmount: number;
    };
    PledgeUndoPreviewDto: {
      /** @description In minor units of `currency`. */
      amount: number;
      /** @example EUR */
      currency: string;
      /** @example Honeymoon fund */
      itemName: string;
      registry: components['schemas']['UndoPreviewRegistryDto'];
      /**
       * @description cancelled: undone already; received: the couple has the money, so it cannot be undone here.
       * @enum {string}
       */
      status: 'pledged' | 'received' | 'cancelled';
    };
    PledgeUndoneDto: {
      /** @description True when it had been undone before this request: nothing changed now. */
      alreadyUndone: boolean;
      /** @description The item as it is now, with the pledge withdrawn. */
      item: components['schemas']['GiftListItemDto'];
    };
    ProblemDto: {
      /** @example Some fields are invalid; see `errors`. */
      detail: string;
      errors?: components['schemas']['FieldErrorDto'][];
      /** @example /api/auth/signup */
      instance?: string;
      /** @example 400 */
      status: number;
      /** @example Your request has invalid fields */
      title: string;
      /**
       * Format: uri
       * @example https://whispergifts.com/problems/validation-error
       */
      type: string;
    };
    ReadinessChecksDto: {
      /**
       * @description "ok" or what went wrong
       * @example ok
       */
      postgres: string;
      /**
       * @description "ok" or what went wrong
       * @example ok
       */
      redis: string;
    };
    ReadinessDto: {
      checks: components['schemas']['ReadinessChecksDto'];
      /** @example ok */
      status: string;
    };
    RegistryDto: {
      coupleNames: string;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      /** @description The verified custom domain that shows this list (set through /custom-domain, once its DNS record is found). */
      customDomain: string | null;
      /** @description Send as If-Match when changing or deleting the registry: a change by someone else in between then gives 412. */
      etag: string;
      /** Format: date */
      eventDate: string | null;
      /** @description How guests give money; null until set up. */
      giving: components['schemas']['GivingDto'] | null;
      /**
       * Format: date-time
       * @description When guests’ personal data was last erased by the retention job; null until then.
       */
      guestDataErasedAt: string | null;
      /** @description Guests’ names, e-mail addresses, postal addresses and messages are erased this many days after the event date (the gifts stay, anonymous). */
      guestDataRetentionDays: number;
      /**
       * Format: uri
       * @description Where guests open the gift list.
       */
      guestUrl: string;
      /** @description Every reservation waits for the guest to confirm it by e-mail. */
      guestsConfirmByEmail: boolean;
      headerImage: components['schemas']['ImageDto'] | null;
      /** Format: uuid */
      id: string;
      /** @description ISO 639-1: the guest page’s and the guests’ e-mails’ language. */
      language: components['schemas']['Language'];
      owners: components['schemas']['RegistryOwnerDto'][];
      /** @example free */
      plan: string;
      /** @description Guests are reminded of reservations they have not marked bought. */
      remindersEnabled: boolean;
      /** Format: date */
      revealDate: string | null;
      slug: string;
      surpriseMode: boolean;
      /** @description Set while an administrator has suspended the list: guests see the reason instead of the gifts and cannot reserve or pledge. */
      suspension: components['schemas']['RegistrySuspensionDto'] | null;
      /** @enum {string} */
      theme: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
      /**
       * @description IANA time zone: dates in the tracker exports, its charts and e-mails are shown in it.
       * @example Europe/Lisbon
       */
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Increases with every change to the registry, its items or its reservations. */
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'unlisted' | 'password';
      welcomeMessage: string;
    };
    RegistryOwnerDto: {
      displayName: string;
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
      /**
       * @description How this owner hears of new reservations and pledges: an e-mail for each one, a daily digest, or none.
       * @enum {string}
       */
      notify: 'each' | 'digest' | 'none';
    };
    RegistrySearchDto: {
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description Best match first. Only `public` lists; unlisted and password-protected ones never appear. */
      results: components['schemas']['RegistrySearchResultDto'][];
    };
    RegistrySearchResultDto: {
      coupleNames: string;
      /** Format: date */
      eventDate: string | null;
      headerImage: components['schemas']['ImageDto'] | null;
      /** @example ana-and-ben */
      slug: string;
      title: string;
    };
    RegistrySummaryDto: {
      coupleNames: string;
      /** Format: date */
      eventDate: string | null;
      /** Format: uuid */
      id: string;
      slug: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @enum {string} */
      visibility: 'public' | 'unlisted' | 'password';
    };
    RegistrySuspensionDto: {
      /** @description What guests are shown instead of the gifts. */
      reason: string;
      /** Format: date-time */
      since: string;
    };
    ReminderReservationDto: {
      /**
       * Format: date-time
       * @description When the guest said they bought it.
       */
      boughtAt: string | null;
      coupleNames: string;
      /**
       * Format: uri
       * @description Where guests open the gift list.
       */
      giftListUrl: string;
      /** Format: uuid */
      id: string;
      itemName: string;
      quantity: number;
      /** @enum {string} */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    ReminderUnsubscribedDto: {
      coupleNames: string;
      /** @description No more reminders go to this address from this gift list. */
      unsubscribed: boolean;
    };
    ReorderItemsDto: {
      /** @description Every item id of the registry, in the new order. */
      itemIds: string[];
    };
    ReservationConfirmedDto: {
      /** @description The item as it is now. */
      item: components['schemas']['GiftListItemDto'];
      reservation: components['schemas']['GuestReservationDto'];
    };
    ReservationCreatedDto: {
      /** @description The item as it is now, with this reservation counted. */
      item: components['schemas']['GiftListItemDto'];
      reservation: components['schemas']['GuestReservationDto'];
      /** @description Keep it: it is the only way to undo this reservation. Also sent by e-mail. */
      undoToken: string;
      /** Format: uri */
      undoUrl: string;
    };
    ReservationGuestDto: {
      /** @description The postal address the guest left for the thank-you card; only the couple sees it. */
      address: string | null;
      /** Format: email */
      email: string;
      message: string;
      name: string;
    };
    ReservationUndoPreviewDto: {
      /** @example A toaster that cooks crumpets */
      itemName: string;
      quantity: number;
      registry: components['schemas']['UndoPreviewRegistryDto'];
      /**
       * @description cancelled: undone already (by the guest or the couple); lapsed: never confirmed.
       * @enum {string}
       */
      status: 'active' | 'held' | 'lapsed' | 'cancelled';
    };
    ReservationUndoneDto: {
      /** @description True when it had been undone (or had lapsed) before this request: nothing changed now. */
      alreadyUndone: boolean;
      /** @description The item as it is now, with the reservation released. */
      item: components['schemas']['GiftListItemDto'];
    };
    SentShareInvitationDto: {
      /** Format: email */
      email: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: date-time
       * @description When the invitation was sent (written; the e-mail follows within seconds).
       */
      sentAt: string;
    };
    SentShareInvitationsDto: {
      /** @description Every invitation sent to this registry, a resend included, newest first. */
      invitations: components['schemas']['SentShareInvitationDto'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
    };
    ShareInvitationsDto: {
      /** @description The addresses an invitation is on its way to, each once. */
      invited: string[];
      /** @description How many more invitations your account may send right now (the limit counts the last 24 hours, across your registries). */
      remaining: number;
      /** @description The addresses left out, each with the reason; not an error. */
      skipped: components['schemas']['SkippedInvitationDto'][];
    };
    ShopLinkDto: {
      /**
       * Format: uri
       * @example https://shop.example/toaster
       */
      url: string;
    };
    SignupDto: {
      /** @example Alex */
      displayName: string;
      /** @example alex@example.com */
      email: string;
      /** @description The dashboard’s and this account’s e-mails’ language; by default the best match of Accept-Language, else en. */
      language?: components['schemas']['Language'];
      /** @example correct horse battery staple */
      password: string;
    };
    SkippedInvitationDto: {
      /** Format: email */
      email: string;
      /**
       * Format: date-time
       * @description When it was last invited.
       */
      invitedAt: string;
      /**
       * @description Why no e-mail went: this address was invited to this registry recently (send `resend: true` to send it again).
       * @enum {string}
       */
      reason: 'invited-recently';
    };
    StarterIdeaDto: {
      description: string;
      /**
       * @description Stable key (also of its words in a translation catalogue).
       * @example kitchen.stand-mixer
       */
      id: string;
      /** @enum {string} */
      kind: 'gift' | 'group-gift' | 'fund';
      /** @example Stand mixer */
      name: string;
      priceMax: number | null;
      /** @description Suggested price hint, minor units of `currency`. */
      priceMin: number | null;
      /** @description A fund's suggested target, minor units of `currency`. */
      targetAmount: number | null;
    };
    StarterIdeasDto: {
      /**
       * @description The currency of the price hints; added to a list in another currency, the ideas come without them.
       * @example EUR
       */
      currency: string;
      lists: components['schemas']['StarterListDto'][];
    };
    StarterListDto: {
      description: string;
      /** @example kitchen */
      id: string;
      ideas: components['schemas']['StarterIdeaDto'][];
      /**
       * @description Also the category the ideas are added under.
       * @example Kitchen
       */
      title: string;
    };
    SuggestionDto: {
      /**
       * @description From schema.org availability, when the page says.
       * @enum {string|null}
       */
      availability: 'in-stock' | 'out-of-stock' | 'preorder' | null;
      /**
       * @description ISO 4217; may differ from the registry's currency.
       * @example EUR
       */
      currency: string | null;
      description: string | null;
      /**
       * Format: uri
       * @description The product photo's address; `PUT …/items/{itemId}/image/from-url` fetches it into the item.
       */
      imageUrl: string | null;
      /** @example Crumpet toaster, 2 slots */
      name: string | null;
      /** @description Highest price, in minor units of `currency` (equal to priceMin for one price). */
      priceMax: number | null;
      /** @description Lowest price, in minor units of `currency`. */
      priceMin: number | null;
      /**
       * Format: uri
       * @description The product's address: the page's canonical address, or the one that answered after redirects.
       */
      url: string;
    };
    SuggestionResponseDto: {
      suggestion: components['schemas']['SuggestionDto'];
    };
    TrackerCategoryDto: {
      /** @description Null: items without a category. */
      category: string | null;
      /** @description Units reserved. */
      reserved: number;
      /** @description Units wanted (a gift without a count counts what is reserved of it). */
      wanted: number;
    };
    TrackerCountsDto: {
      /** @description All but the cancelled and lapsed: the "41" of "23 of 41 thanked". */
      active: number;
      bought: number;
      cancelled: number;
      held: number;
      lapsed: number;
      pledged: number;
      received: number;
      reserved: number;
      thanked: number;
      /** @description Every entry, whatever its stage. */
      total: number;
    };
    TrackerDayDto: {
      /**
       * Format: date
       * @description A calendar day in the registry's time zone.
       * @example 2027-05-01
       */
      date: string;
      /** @description Pledges made that day and not undone. */
      pledges: number;
      /** @description Reservations made that day and still standing (not cancelled or lapsed). */
      reservations: number;
    };
    TrackerEntriesDto: {
      entries: components['schemas']['TrackerEntryDto'][];
    };
    TrackerEntryDto: {
      /** @description Minor units (pledges, and money given outside the list). */
      amount: number | null;
      /**
       * Format: date-time
       * @description When the guest said they bought (or sent) it.
       */
      boughtAt: string | null;
      category: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @example EUR */
      currency: string;
      /** @description The item's name, or the couple's description of a gift given outside the list. */
      gift: string;
      /** @description Null while surprise mode hides who gave what (as in the reservations view). */
      guest: components['schemas']['TrackerGuestDto'] | null;
      /**
       * @description Prefixed by kind: `r-` reservation, `p-` pledge, `o-` outside the list.
       * @example r-6f1c9a3e-2d4b-4c1a-9e8f-0a1b2c3d4e5f
       */
      id: string;
      /**
       * Format: uuid
       * @description Null for a gift given outside the list.
       */
      itemId: string | null;
      /** @enum {string} */
      kind: 'reservation' | 'pledge' | 'offline';
      /** @description The guest's personal data was erased (they asked, or the retention period passed); the entry stays, anonymous. */
      personalDataErased: boolean;
      /** @description Units reserved (reservations only). */
      quantity: number | null;
      /** @description What arrived, minor units (a received pledge; money given outside the list). */
      receivedAmount: number | null;
      /** Format: date-time */
      receivedAt: string | null;
      /** @enum {string} */
      stage: 'held' | 'reserved' | 'pledged' | 'bought' | 'received' | 'thanked' | 'cancelled' | 'lapsed';
      /** @description The couple's note about the thank-you, e.g. "card sent". */
      thankNote: string;
      /** Format: date-time */
      thankedAt: string | null;
    };
    TrackerFundDto: {
      /** Format: uuid */
      itemId: string;
      /** @enum {string} */
      kind: 'fund' | 'group-gift';
      /** @description Sum of active pledges, minor units. */
      pledgedAmount: number;
      /** @description Sum of what the couple marked received, minor units. */
      receivedAmount: number;
      /** @description Minor units; null for an open-ended fund. */
      targetAmount: number | null;
      title: string;
    };
    TrackerGuestDto: {
      /** @description The postal address the guest left for the thank-you card. Only the couple sees it; it is never in a public response. */
      address: string | null;
      /** @description Null for a gift given outside the list. */
      email: string | null;
      /** @description The guest's message to the couple (for a gift given outside the list: the couple's note). */
      message: string;
      /** @description For a gift given outside the list: the giver the couple wrote down. */
      name: string;
    };
    TrackerPageDto: {
      /** @description Entries per stage over the whole registry, whatever the filter or page. */
      counts: components['schemas']['TrackerCountsDto'];
      /** @description Newest first. */
      entries: components['schemas']['TrackerEntryDto'][];
      /** @description Pass as `cursor` for the next page; null on the last page. */
      nextCursor: string | null;
      /** @description True while surprise mode hides who gave what. */
      surpriseHidden: boolean;
    };
    TrackerSummaryDto: {
      /** @description Counted gifts (not money gifts) per category, by name. */
      categories: components['schemas']['TrackerCategoryDto'][];
      counts: components['schemas']['TrackerCountsDto'];
      /** @example EUR */
      currency: string;
      /** @description Every fund and group gift, in list order. */
      funds: components['schemas']['TrackerFundDto'][];
      /** @description Days with at least one reservation or pledge, oldest first. */
      overTime: components['schemas']['TrackerDayDto'][];
      /**
       * @description The time zone the days are counted in.
       * @example Europe/Lisbon
       */
      timeZone: string;
    };
    UndoPreviewRegistryDto: {
      /** @example Ana & Ben */
      coupleNames: string;
      /**
       * @description The gift list is at /r/{slug}.
       * @example ana-and-ben
       */
      slug: string;
      /** @example Ana & Ben are getting married */
      title: string;
    };
    UnlockDto: {
      password: string;
    };
    UpdateAdminRegistryDto: {
      /**
       * @description Grants a plan (e.g. when payments are off, or as a gesture).
       * @enum {string}
       */
      plan?: 'free' | 'standard' | 'premium';
      /** @description true suspends the list (needs `suspendedReason` unless it is suspended already); false lifts the suspension. */
      suspended?: boolean;
      /** @description Shown to guests instead of the gifts while the list is suspended. Only with a suspension (new or current). */
      suspendedReason?: string;
    };
    UpdateAdminUserDto: {
      /** @description true disables the account: its sessions end at once, its access tokens and sign-ins are refused. false enables it again. An administrator cannot disable themselves. */
      disabled?: boolean;
      /**
       * @description Marks the e-mail address verified (as if the person had followed the link).
       * @enum {boolean}
       */
      emailVerified?: true;
      /**
       * @description `admin` may use the admin area from their next request; the last active administrator cannot be removed.
       * @enum {string}
       */
      role?: 'user' | 'admin';
    };
    UpdateGuestPledgeDto: {
      /** @description Minor units, from `minAmount` to `maxAmount`. */
      amount?: number;
      /** @description true: "I sent it" (the time is recorded); false: not yet. */
      bought?: boolean;
    };
    UpdateGuestReservationDto: {
      /** @description true: "I bought it" (the time is recorded); false: not yet. */
      bought?: boolean;
      /** @description At most `maxQuantity`. */
      quantity?: number;
    };
    UpdateItemDto: {
      /** @description Money gifts: whether pledges may pass the target. Default: true for a fund, false for a group gift. */
      allowOverfunding?: boolean;
      /** @description Archived items are hidden from guests but keep their reservations. */
      archived?: boolean;
      /** @example Kitchen */
      category?: string | null;
      description?: string;
      /** @description An open-ended fund (no targetAmount): hide from guests how much was given and by how many. Default false. */
      hideTotals?: boolean;
      /**
       * @description `gift`: reserved in units; `group-gift`: guests chip in for one pricey gift (targetAmount required); `fund`: a cash fund. Fixed once guests reserved or pledged.
       * @default gift
       * @enum {string}
       */
      kind?: 'gift' | 'group-gift' | 'fund';
      /** @description Money gifts: the smallest pledge in minor units; null or left out: 5 units of the registry's currency. */
      minContribution?: number | null;
      /** @example A toaster that cooks crumpets */
      name?: string;
      /** @description Highest price hint, in minor units; at least priceMin. */
      priceMax?: number | null;
      /** @description Lowest price hint, in minor units of the registry currency. */
      priceMin?: number | null;
      /**
       * @default medium
       * @enum {string}
       */
      priority?: 'high' | 'medium' | 'low';
      /**
       * @description How many are wanted; null means unlimited.
       * @default 1
       */
      quantity?: number | null;
      /** @description Money gifts: up to 4 amounts in minor units offered as buttons, each at least minContribution. */
      suggestedAmounts?: number[];
      /** @description Money gifts: the target in minor units. Required for a group gift (its price); optional for a fund (without one it is open-ended). */
      targetAmount?: number | null;
      /**
       * Format: uri
       * @description Where a guest can buy it, if anywhere in particular.
       * @example https://shop.example/toaster
       */
      url?: string | null;
    };
    UpdateMeDto: {
      /** @description ISO 639-1: the dashboard’s and this account’s e-mails’ language. */
      language?: components['schemas']['Language'];
    };
    UpdateMyOwnershipDto: {
      /**
       * @description `each`: an e-mail for every new reservation and pledge (as before); `digest`: one e-mail a day (the registry's morning) listing the previous day's; `none`: no e-mail.
       * @enum {string}
       */
      notify: 'each' | 'digest' | 'none';
    };
    UpdatePledgeDto: {
      /** @description What arrived, minor units; defaults to the pledged amount. */
      receivedAmount?: number;
      /**
       * @description The couple marks a pledge received when the money arrived.
       * @enum {string}
       */
      status: 'received';
    };
    UpdateRegistryDto: {
      /** @example Ana & Ben */
      coupleNames?: string;
      /**
       * @description ISO 4217 code; price hints are in its minor units.
       * @example EUR
       */
      currency?: string;
      /**
       * Format: date
       * @example 2027-06-12
       */
      eventDate?: string | null;
      /** @description How guests give money for funds and group gifts. Fields sent replace those stored; null clears all of it. */
      giving?: components['schemas']['GivingInputDto'] | null;
      /**
       * @description How many days after the event date guests’ personal data (names, e-mails, addresses, messages) is kept before it is erased.
       * @default 365
       */
      guestDataRetentionDays?: number;
      /**
       * @description Hold every reservation until the guest confirms it with a link sent by e-mail; unconfirmed ones lapse (RESERVATION_HOLD_MINUTES).
       * @default false
       */
      guestsConfirmByEmail?: boolean;
      /** @description ISO 639-1: the language of the guest page and of the guests’ e-mails. By default the language of the account that creates it. */
      language?: components['schemas']['Language'];
      /** @description Required when visibility is password. */
      password?: string;
      /**
       * @description E-mail guests whose reservation is not marked bought: REMINDER_AFTER_DAYS after reserving and REMINDER_BEFORE_EVENT_DAYS before the event (never after it), with links to mark it bought or release it.
       * @default true
       */
      remindersEnabled?: boolean;
      /**
       * Format: date
       * @description Required while surpriseMode is on (names are hidden until this day). Kept when surprise mode is turned off, for when it is turned on again.
       */
      revealDate?: string | null;
      /**
       * @description The address of the gift list: lowercase letters, digits and hyphens, 3–60 characters.
       * @example ana-and-ben
       */
      slug?: string;
      /**
       * @description Hide who reserved what from the couple until the reveal date.
       * @default false
       */
      surpriseMode?: boolean;
      /**
       * @description The guest page’s look. The Free plan may use the first two (classic, garden); the others need Standard or Premium (403 `plan-limit`).
       * @default classic
       * @enum {string}
       */
      theme?: 'classic' | 'garden' | 'modern' | 'midnight' | 'terracotta' | 'coastal';
      /**
       * @description An IANA time zone name: dates in the tracker exports, its charts and e-mails are shown in it.
       * @default UTC
       * @example Europe/Lisbon
       */
      timeZone?: string;
      /** @example Ana & Ben are getting married */
      title?: string;
      /**
       * @description public: anyone with the link; unlisted: same, never listed or indexed; password: guests need the password.
       * @default public
       * @enum {string}
       */
      visibility?: 'public' | 'unlisted' | 'password';
      welcomeMessage?: string;
    };
    UpdateTrackerEntryDto: {
      /** @description The thank-you note, e.g. "card sent"; empty clears it. */
      note?: string;
      /** @description true: the couple has it (the server records when); false clears that. A pledge received gets receivedAmount = amount unless set. */
      received?: boolean;
      /** @description true: thanked (the server records when); false clears that. */
      thanked?: boolean;
    };
    UserDto: {
      /** Format: date-time */
      createdAt: string;
      displayName: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      emailVerifiedAt: string | null;
      /** Format: uuid */
      id: string;
      /** @description ISO 639-1: the dashboard’s and this account’s e-mails’ language. */
      language: components['schemas']['Language'];
      /** @enum {string} */
      role: 'user' | 'admin';
    };
    VerifyEmailDto: {
      /** @description The token from the link in the e-mail (`/verify-email/<token>`). */
      token: string;
    };
    WebhookReceivedDto: {
      /** @example true */
      received: boolean;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AdminAudit_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
        /** @description Only the actions on this account or registry. */
        targetId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminAuditListDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Metrics_series: {
    parameters: {
      query: {
        /** @description First day (UTC), included. */
        from: string;
        /** @description Last day (UTC), included; at most 366 days after `from`. */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsSeriesDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Metrics_run: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MetricsRunRequestDto'];
      };
    };
    responses: {
      /** @description Queued; the worker stores the day and mails the digest. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MetricsRunDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Orders_list: {
    parameters: {
      query?: {
        /** @description Only orders in this state. */
        status?: 'pending' | 'paid' | 'refunded';
        limit?: number;
        /** @description Orders to skip (newest first). */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrdersPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Orders_refund: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Stripe took the refund; the order settles with its event. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminRegistries_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
        /** @description Part of a name, e-mail address, title or address (case-insensitive). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminRegistryListDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminRegistries_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAdminRegistryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminRegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminUsers_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
        /** @description Part of a name, e-mail address, title or address (case-insensitive). */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUserListDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdminUsers_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAdminUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminUserDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Signed in; the response sets a new session cookie. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out; the session is deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PasswordReset_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequestDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not the address has an account. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailAcceptedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PasswordReset_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetConfirmDto'];
      };
    };
    responses: {
      /** @description The password is changed, the link is spent, every session of the account is signed out and every personal access token is revoked. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignupDto'];
      };
    };
    responses: {
      /** @description The same answer whether or not the address had an account. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailAcceptedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  EmailVerification_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VerifyEmailDto'];
      };
    };
    responses: {
      /** @description The address is verified. The link is spent. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailVerifiedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  EmailVerification_resend: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new link is on its way. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailAcceptedDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ErrorTunnel_relay: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/x-sentry-envelope': string;
      };
    };
    responses: {
      /** @description Relayed (or dropped by Sentry; the browser need not retry). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Health_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessDto'];
        };
      };
    };
  };
  Health_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description PostgreSQL and Redis answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccountData_delete: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeleteAccountDto'];
      };
    };
    responses: {
      /** @description Deleted; you are signed out. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Auth_updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccountData_export: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description whispergifts-export-<date>.zip */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccessTokens_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessTokenDto'][];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccessTokens_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAccessTokenDto'];
      };
    };
    responses: {
      /** @description The token is in the response, and never shown again. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedAccessTokenDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccessTokens_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tokenId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked: the token stops working at once. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_acceptPartnerInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description You are now an owner of the registry. Only for the account whose verified e-mail address the invitation was sent to (else 403). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  StripeWebhook_receive: {
    parameters: {
      query?: never;
      header: {
        /** @description Stripe’s signature of the body (`t=…,v1=…`). */
        'stripe-signature': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Verified and handled (or already handled, or of a type this ignores). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookReceivedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Plans_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlansDto'];
        };
      };
    };
  };
  Domains_byHost: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        host: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DomainDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_page: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestPageDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_forget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Forgotten (forgetting twice is harmless). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_setAddress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GuestAddressDto'];
      };
    };
    responses: {
      /** @description The page as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_releasePledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
        pledgeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_updatePledge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
        pledgeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateGuestPledgeDto'];
      };
    };
    responses: {
      /** @description The page as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_releaseReservation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
        reservationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_updateReservation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
        reservationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateGuestReservationDto'];
      };
    };
    responses: {
      /** @description The page as it is now. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LinkPage_domain: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        host: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LinkPage_registry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PartnerInvitationPreviews_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The list, who invited you and the address to sign in with. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationPreviewDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_undoPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeUndoPreviewDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Undone (or already undone): the amount is free again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeUndoneDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RegistrySearch_find: {
    parameters: {
      query: {
        /** @description The couple's names (or part of them, typos forgiven) or the list's title. */
        q: string;
        /** @description Only lists of a wedding on this day. */
        date?: string;
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrySearchDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GiftList_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The whole gift list in one response. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GiftListDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LiveUpdates_events: {
    parameters: {
      query?: {
        /** @description Last-Event-ID for clients that cannot set headers. */
        lastEventId?: number;
      };
      header?: {
        /** @description The last version this client heard of (on reconnect). */
        'Last-Event-ID'?: string;
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event stream, open until the client leaves. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Guests_requestLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GuestLinkRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestLinkAcceptedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_pledge: {
    parameters: {
      query?: never;
      header?: {
        /** @description Any unique string (a UUID). A retry with the same key returns the first pledge. */
        'Idempotency-Key'?: string;
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePledgeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PledgeCreatedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_reserve: {
    parameters: {
      query?: never;
      header?: {
        /** @description Any unique string (a UUID). A retry with the same key returns the first reservation. */
        'Idempotency-Key'?: string;
      };
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateReservationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationCreatedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GiftList_unlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        slug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UnlockDto'];
      };
    };
    responses: {
      /** @description Unlocked for this browser session (the response sets the session cookie). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reminders_bought: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Marked bought (or already marked): no more reminders for it. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderReservationDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Gone: it has lapsed or was cancelled; see `type`. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reminders_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released (or already released, undone or lapsed). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderReservationDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reminders_unsubscribePage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description To the web page `/reminders/unsubscribe/{token}`. */
      303: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  Reminders_unsubscribe: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderUnsubscribedDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Confirmed (or already confirmed): the reservation is active. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationConfirmedDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Gone: it has lapsed or was cancelled; see `type`. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_undoPreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationUndoPreviewDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_undo: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Undone (or already undone): the gift is free again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReservationUndoneDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TlsAsk_ask: {
    parameters: {
      query: {
        domain: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A verified custom domain: a certificate may be issued for it. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registries you own, newest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistrySummaryDto'][];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRegistryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted, with its items and reservations. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRegistryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Checkout_checkout: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CheckoutRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CheckoutDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A dependency is unavailable; see `checks`. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomDomains_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomDomainDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomDomains_claim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimCustomDomainDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomDomainDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomDomains_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed; the domain no longer shows the gift list. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CustomDomains_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomDomainDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GuestCards_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestCardsDto'][];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GuestCards_start: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGuestCardsDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestCardsStartedDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GuestCards_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GuestCardsDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_putHeaderImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The image.
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The registry with its new header image; `headerImage.thumbnails` is empty until they are made. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The file is larger than UPLOAD_LIMIT_BYTES (`maxBytes`), or the image has more than 50000000 pixels (`maxPixels`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not multipart/form-data, or the file is not a JPEG, PNG, WebP, AVIF or HEIC image that can be decoded (SVG is refused). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_removeHeaderImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The registry without a header image. Its files are deleted shortly after. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ShareInvitations_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SentShareInvitationsDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ShareInvitations_invite: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateShareInvitationsDto'];
      };
    };
    responses: {
      /** @description An e-mail with the gift list link and your message is on its way to each address not in `skipped`. Needs your verified e-mail address (403 `email-unverified`). */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ShareInvitationsDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every item, archived ones included, in the manual order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'][];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateItemDto'];
      };
    };
    responses: {
      /** @description Added at the end of the list. 403 plan-limit when the plan holds no more items (it names `requiredPlan`). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ItemImports_exportCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ShopLinks_fromUrl: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShopLinkDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SuggestionResponseDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ItemImports_import: {
    parameters: {
      query?: {
        /** @description true (the default): check the file and answer the preview, writing nothing. false: add every row, or none if any row is invalid. */
        dryRun?: boolean;
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The CSV or XLSX file.
           */
          file: string;
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemImportDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ItemImports_templateCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV template. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ItemImports_templateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The XLSX template. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_reorder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReorderItemsDto'];
      };
    };
    responses: {
      /** @description The items in their new order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'][];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  StarterIdeas_add: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddStarterIdeasDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemImportDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. An item guests have reserved cannot be deleted; archive it instead. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Items_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_putItemImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The image.
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The item with its new image; `image.thumbnails` is empty until they are made. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The file is larger than UPLOAD_LIMIT_BYTES (`maxBytes`), or the image has more than 50000000 pixels (`maxPixels`). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not multipart/form-data, or the file is not a JPEG, PNG, WebP, AVIF or HEIC image that can be decoded (SVG is refused). */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_removeItemImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The item without an image. Its files are deleted shortly after. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Images_putItemImageFromUrl: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ShopLinkDto'];
      };
    };
    responses: {
      /** @description The item with its new image; `image.thumbnails` is empty until they are made. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body too large. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Body is not JSON. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Request cannot be processed as sent. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_withdrawItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemWithdrawnDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  LinkHealth_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkHealthDto'][];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_updateMyOwnership: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMyOwnershipDto'];
      };
    };
    responses: {
      /** @description You, as an owner of the registry, with the setting now stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegistryOwnerDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_removeOwner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        userId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed: your co-owner, or yourself (you left). The last owner cannot leave (409 `last-owner`). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Registries_invitePartner: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerInvitationDto'];
      };
    };
    responses: {
      /** @description Invites the partner to co-own the registry (at most two owners). Needs your verified e-mail address (403 `email-unverified`); a few a day per account (429); one per address per registry and week unless `resend` (409 `already-invited`). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerInvitationDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Too many attempts; see Retry-After. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
        /** @description `active`: pledged or received. */
        status?: 'pledged' | 'received' | 'cancelled' | 'active' | 'all';
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerPledgesDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Pledges_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        pledgeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePledgeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerPledgeDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
        status?: 'active' | 'held' | 'lapsed' | 'cancelled' | 'all';
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OwnerReservationsDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Reservations_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        reservationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Released, or already cancelled (releasing twice is harmless). */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Tracker_list: {
    parameters: {
      query?: {
        limit?: number;
        /** @description From `nextCursor` of the previous page. */
        cursor?: string;
        stage?: 'held' | 'reserved' | 'pledged' | 'bought' | 'received' | 'thanked' | 'cancelled' | 'lapsed';
        /** @description The items' category (exact). */
        category?: string;
        /** @description A guest's name or e-mail address (exact, any case). In surprise mode only gifts given outside the list match. */
        guest?: string;
        /** @description Search the gift, and (unless surprise mode hides them) the guest, message and notes. */
        q?: string;
      };
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackerPageDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Tracker_addOffline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateOfflineGiftDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackerEntryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrackerExports_csv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrackerExports_xlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The XLSX workbook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Tracker_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackerSummaryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Tracker_thankMany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkThankedDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackerEntriesDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Tracker_removeOffline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        entryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  Tracker_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        registryId: string;
        entryId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTrackerEntryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackerEntryDto'];
        };
      };
      /** @description Invalid request; `errors` lists each invalid field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not signed in, or the token or password is wrong. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`). */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found (or not yours). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Conflicts with the current state. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The resource changed since you read it. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  StarterIdeas_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StarterIdeasDto'];
        };
      };
    };
  };
}
